import type { Metadata } from 'next';
import { pathFor } from '@/lib/content/paths';
import { getResearchSummaries } from '@/lib/content/research';
import { inspectorTags } from '@/lib/content/inspector';
import { FormattedDate } from '@/components/ui/formatted-date';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Research',
    description: 'Summaries of the research behind the #FixTheCMS campaign, with key findings and links to the full reports.',
    path: '/research',
  });
}

export default async function ResearchPage() {
  const [research, tag] = await Promise.all([getResearchSummaries(), inspectorTags()]);
  return (
    <div className="page-container py-10">
      <h1 className="text-step-4">Research</h1>
      <p className="mt-3 max-w-prose text-step-1">
        The evidence behind our asks: what researchers and charities have found about the Child Maintenance Service.
      </p>
      <ul className="mt-8 space-y-8">
        {research.map((item) => (
          <li key={item.id} className="border-t border-line pt-4">
            <h2 className="text-step-2">
              <a href={pathFor('researchSummary', item.slug)} {...tag(item.id, 'title')}>
                {item.title}
              </a>
            </h2>
            <p className="mt-1 text-step--1 text-muted">
              <span {...tag(item.id, 'publisher')}>{item.publisher}</span> ·{' '}
              <FormattedDate iso={item.publishedDate} tags={tag(item.id, 'publishedDate')} />
            </p>
            <p className="mt-2 max-w-prose" {...tag(item.id, 'summary')}>
              {item.summary}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
