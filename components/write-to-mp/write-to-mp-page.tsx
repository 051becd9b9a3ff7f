import type { TagField } from '@/lib/content/field-tags';
import { isClosed, type LetterAction } from '@/lib/write-to-mp/fields';
import { Paragraphs } from '@/components/ui/paragraphs';
import { SampleDataBanner } from './sample-data-banner';
import { WriteToMpFlow } from './write-to-mp-flow';

/** /act/<slug> for a write-to-your-MP action. */
export function WriteToMpPage({
  action,
  totals,
  sampleData,
  tag,
}: {
  action: LetterAction & { id: string; title: string; policyAsk: { href: string; title: string }; introduction: string[] };
  /** "N letters started …", or null before the first letter (or while the count cannot be read). */
  totals: string | null;
  /** The representatives lookup is the labelled sandbox, not real MPs. */
  sampleData: boolean;
  tag: TagField;
}) {
  const closed = isClosed(action);
  return (
    <article className="page-container py-10">
      <div className="max-w-prose">
        <p className="text-step--1 font-semibold text-muted">
          <a href="/act">Take action</a> · Write to your MP
        </p>
        <h1 className="mt-1 text-step-4" {...tag(action.id, 'title')}>
          {action.title}
        </h1>
        <p className="mt-3">
          This letter supports our ask: <a href={action.policyAsk.href}>{action.policyAsk.title}</a>.
        </p>
        {totals && <p className="mt-3 text-step-1 font-semibold">{totals}</p>}
        <Paragraphs paragraphs={action.introduction} className="mt-4" tags={tag(action.id, 'introduction')} />
        {closed ? (
          <div className="mt-8">
            <h2 className="text-step-2">This action has closed</h2>
            <p className="mt-2">
              Thank you to everyone who wrote. <a href="/get-involved#signup">Sign up for campaign updates</a> to hear about the next thing
              you can do, or see <a href="/act">other actions</a>.
            </p>
          </div>
        ) : (
          <>
            {sampleData && (
              <div className="mt-8">
                <SampleDataBanner />
              </div>
            )}
            <WriteToMpFlow action={{ slug: action.slug, talkingPoints: action.talkingPoints, request: action.request, subject: action.subject, closingDate: action.closingDate }} />
          </>
        )}
      </div>
    </article>
  );
}
