import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { notFound } from 'next/navigation';
import { pathFor } from '@/lib/content/paths';
import { getResearchSummaries, getResearchSummary } from '@/lib/content/research';
import { inspectorTags } from '@/lib/content/inspector';
import { FormattedDate } from '@/components/ui/formatted-date';
import { CopyText } from '@/components/ui/copy-text';
import { ReportDownload } from '@/components/research/report-download';
import { pageMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getResearchSummaries()).map((r) => ({ slug: r.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await getResearchSummary((await params).slug);
  if (!item) return {};
  return pageMetadata({ title: item.title, description: item.summary, path: pathFor('researchSummary', item.slug) });
}

export default async function ResearchSummaryPage({ params }: Props) {
  const [item, tag] = await Promise.all([getResearchSummary((await params).slug), inspectorTags()]);
  if (!item) notFound();
  return (
    <article className="page-container py-10">
      <div className="max-w-prose">
        <PageTitle back={{ href: '/research', label: 'Research' }} title={item.title} tags={tag(item.id, 'title')} />
        <p className="mt-3 text-muted">
          <span {...tag(item.id, 'publisher')}>{item.publisher}</span> ·{' '}
          <FormattedDate iso={item.publishedDate} tags={tag(item.id, 'publishedDate')} />
        </p>
        <p className="mt-4 text-step-1" {...tag(item.id, 'summary')}>
          {item.summary}
        </p>

        <h2 className="mt-10 text-step-2">Key findings</h2>
        <ul className="mt-3 list-disc space-y-2 pl-6" {...tag(item.id, 'keyFindings')}>
          {item.keyFindings.map((finding) => (
            <li key={finding}>{finding}</li>
          ))}
        </ul>

        <h2 className="mt-10 text-step-2">Methodology</h2>
        <p className="mt-3" {...tag(item.id, 'methodology')}>
          {item.methodology}
        </p>

        {(item.report || item.reportUrl) && (
          <>
            <h2 className="mt-10 text-step-2">Read the full report</h2>
            <ul className="mt-3 space-y-2">
              {item.report && (
                <li>
                  <ReportDownload file={item.report} title={item.title} />
                </li>
              )}
              {item.reportUrl && (
                <li>
                  <a href={item.reportUrl} rel="noreferrer noopener">
                    Read the report on the {item.publisher} website
                  </a>
                </li>
              )}
            </ul>
          </>
        )}

        <h2 className="mt-10 text-step-2">How to cite this research</h2>
        <p className="mt-3 rounded border border-line bg-surface p-4 font-mono text-step--1 break-words" {...tag(item.id, 'citation')}>
          {item.citation}
        </p>
        <CopyText value={item.citation} buttonLabel="Copy citation" />
      </div>
    </article>
  );
}
