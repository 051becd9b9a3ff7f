import type { Metadata } from 'next';
import { EntryArticle } from '@/components/ui/entry-article';
import { pathFor } from '@/lib/content/paths';
import { getResearchSummaries, getResearchSummary } from '@/lib/content/research';
import { entryWithTags } from '@/lib/content/inspector';
import { CopyText } from '@/components/ui/copy-text';
import { ReportDownload } from '@/components/research/report-download';
import { entryMetadata } from '@/lib/seo/metadata';
import { ResearchByline } from '@/components/research/research-byline';
import { TextList } from '@/components/ui/text-list';

export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getResearchSummaries()).map((r) => ({ slug: r.slug }));
}

export async function generateMetadata({ params }: PageProps<'/research/[slug]'>): Promise<Metadata> {
  return entryMetadata(await getResearchSummary((await params).slug), (item) => ({ title: item.title, description: item.summary, path: pathFor('researchSummary', item.slug) }));
}

export default async function ResearchSummaryPage({ params }: PageProps<'/research/[slug]'>) {
  const [item, tag] = await entryWithTags(getResearchSummary((await params).slug));
  return (
    <EntryArticle back={{ href: '/research', label: 'Research' }} title={item.title} tags={tag(item.id, 'title')}>
      <ResearchByline item={item} className="mt-3 text-muted" tag={tag} />
      <p className="mt-4 text-step-1" {...tag(item.id, 'summary')}>
        {item.summary}
      </p>

      <h2 className="mt-10 text-step-2">Key findings</h2>
      <TextList lines={item.keyFindings} className="mt-3 list-disc space-y-2 pl-6" tags={tag(item.id, 'keyFindings')} />

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
    </EntryArticle>
  );
}
