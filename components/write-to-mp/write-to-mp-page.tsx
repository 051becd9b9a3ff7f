import type { WriteToMpAction } from '@/lib/content/write-to-mp';
import { env } from '@/lib/env';
import { isClosed } from '@/lib/write-to-mp/fields';
import { getLettersStartedTotals, totalsLine } from '@/lib/write-to-mp/totals';
import { SampleDataBanner } from './sample-data-banner';
import { WriteToMpFlow } from './write-to-mp-flow';

/** /act/<slug> for a write-to-your-MP action. */
export async function WriteToMpPage({ action }: { action: WriteToMpAction }) {
  const totals = await getLettersStartedTotals(action.slug);
  const closed = isClosed(action);
  return (
    <article className="page-container py-10">
      <div className="max-w-prose">
        <p className="text-step--1 font-semibold text-muted">
          <a href="/act">Take action</a> · Write to your MP
        </p>
        <h1 className="mt-1 text-step-4">{action.title}</h1>
        <p className="mt-3">
          This letter supports our ask: <a href={action.policyAsk.href}>{action.policyAsk.title}</a>.
        </p>
        {totals && totals.letters > 0 && <p className="mt-3 text-step-1 font-semibold">{totalsLine(totals)}</p>}
        {action.introduction.map((p) => (
          <p key={p} className="mt-4">
            {p}
          </p>
        ))}
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
            {env.REPRESENTATIVES_SOURCE === 'sandbox' && (
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
