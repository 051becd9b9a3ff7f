import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { notFound } from 'next/navigation';
import { getPolicyAsk, getPolicyAsks, type PolicyAsk } from '@/lib/content/asks';
import { inspectorTags } from '@/lib/content/inspector';
import { AskStatusTag } from '@/components/asks/ask-status';
import { pathFor } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { getActionsShownOn } from '@/lib/content/write-to-mp';
import { ActionPromo } from '@/components/write-to-mp/action-links';

export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getPolicyAsks()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const ask = await getPolicyAsk((await params).slug);
  if (!ask) return {};
  return pageMetadata({ title: ask.title, description: ask.statement, path: pathFor('policyAsk', ask.slug) });
}

function EvidenceList({ heading, items }: { heading: string; items: PolicyAsk['evidence'] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="mt-6 text-step-1">{heading}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {items.map((e) => (
          <li key={e.href}>
            <a href={e.href}>{e.title}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export default async function PolicyAskPage({ params }: Props) {
  const slug = (await params).slug;
  const [ask, tag, actions] = await Promise.all([getPolicyAsk(slug), inspectorTags(), getActionsShownOn({ ask: slug })]);
  if (!ask) notFound();
  const research = ask.evidence.filter((e) => e.kind === 'research');
  const news = ask.evidence.filter((e) => e.kind === 'news');
  return (
    <article className="page-container py-10">
      <div className="max-w-prose">
        <PageTitle back={{ href: '/asks', label: 'Our asks' }} title={ask.title} tags={tag(ask.id, 'title')} />
        <div className="mt-3">
          <AskStatusTag status={ask.status} />
        </div>
        <p className="mt-4 text-step-1" {...tag(ask.id, 'statement')}>
          {ask.statement}
        </p>

        <h2 className="mt-10 text-step-2">Why it matters</h2>
        <div {...tag(ask.id, 'whyItMatters')}>
          {ask.whyItMatters.map((paragraph) => (
            <p key={paragraph} className="mt-3">
              {paragraph}
            </p>
          ))}
        </div>

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
      </div>
    </article>
  );
}
