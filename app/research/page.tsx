import type { Metadata } from 'next';
import { pathFor } from '@/lib/content/paths';
import { getResearchSummaries } from '@/lib/content/research';
import { inspectorTags } from '@/lib/content/inspector';
import { ResearchByline } from '@/components/research/research-byline';
import { EntryList, EntryListItem } from '@/components/ui/entry-list';
import { SectionPage } from '@/components/ui/section-page';
import { pageMetadata } from '@/lib/seo/metadata';

export const generateMetadata = (): Promise<Metadata> => pageMetadata({ title: 'Research', description: 'Summaries of the research behind the #FixTheCMS campaign, with key findings and links to the full reports.', path: '/research' });

export default async function ResearchPage() {
  const [research, tag] = await Promise.all([getResearchSummaries(), inspectorTags()]);
  return (
    <SectionPage title="Research" intro="The evidence behind our asks: what researchers and charities have found about the Child Maintenance Service.">
      <EntryList>
        {research.map((item) => (
          <EntryListItem key={item.id} href={pathFor('researchSummary', item.slug)} title={item.title} tags={tag(item.id, 'title')}>
            <ResearchByline item={item} className="mt-1 text-step--1 text-muted" tag={tag} />
            <p className="mt-2 max-w-prose" {...tag(item.id, 'summary')}>
              {item.summary}
            </p>
          </EntryListItem>
        ))}
      </EntryList>
    </SectionPage>
  );
}
