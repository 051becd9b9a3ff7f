import type { Metadata } from 'next';
import { EntryArticle } from '@/components/ui/entry-article';
import { notFound } from 'next/navigation';
import { getPolicyAsk, getPolicyAsks, type PolicyAsk } from '@/lib/content/asks';
import { inspectorTags } from '@/lib/content/inspector';
import { AskStatusTag } from '@/components/asks/ask-status';
import { pathFor } from '@/lib/content/paths';
import { entryMetadata } from '@/lib/seo/metadata';
import { LinkList } from '@/components/ui/link-list';
import { Paragraphs } from '@/components/ui/paragraphs';
import { getActionsShownOn } from '@/lib/content/write-to-mp';
import { ActionPromo } from '@/components/write-to-mp/action-links';

export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getPolicyAsks()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: PageProps<'/asks/[slug]'>): Promise<Metadata> {
  return entryMetadata(await getPolicyAsk((await params).slug), (ask) => ({ title: ask.title, description: ask.statement, path: pathFor('policyAsk', ask.slug) }));
}

function EvidenceList({ heading, items }: { heading: string; items: PolicyAsk['evidence'] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="mt-6 text-step-1">{heading}</h3>
      <LinkList links={items.map(({ href, title }) => ({ href, label: title }))} className="mt-2 list-disc space-y-1 pl-6" />
    </>
  );
}

export default async function PolicyAskPage({ params }: PageProps<'/asks/[slug]'>) {
  const slug = (await params).slug;
  const [ask, tag, actions] = await Promise.all([getPolicyAsk(slug), inspectorTags(), getActionsShownOn({ ask: slug })]);
  if (!ask) notFound();
  const research = ask.evidence.filter((e) => e.kind === 'research');
  const news = ask.evidence.filter((e) => e.kind === 'news');
  return (
    <EntryArticle back={{ href: '/asks', label: 'Our asks' }} title={ask.title} tags={tag(ask.id, 'title')}>
      <AskStatusTag status={ask.status} className="mt-3" />
      <p className="mt-4 text-step-1" {...tag(ask.id, 'statement')}>
        {ask.statement}
      </p>

      <h2 className="mt-10 text-step-2">Why it matters</h2>
      <Paragraphs paragraphs={ask.whyItMatters} className="mt-3" tags={tag(ask.id, 'whyItMatters')} />

      {ask.evidence.length > 0 && (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading" className="mt-10 text-step-2">
            The evidence
          </h2>
          <EvidenceList heading="Research" items={research} />
          <EvidenceList heading="News" items={news} />
        </section>
      )}
      <ActionPromo actions={actions} tag={tag} />
    </EntryArticle>
  );
}
