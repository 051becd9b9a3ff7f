import type { Metadata } from 'next';
import { Notice, TokenButton, TokenPage } from '@/components/newsletter/token-pages';
import { UnsubscribeForm } from '@/components/newsletter/unsubscribe-form';
import { unsubscribeTokenAction } from '@/lib/newsletter/actions';
import { unsubscribeLinkState } from '@/lib/newsletter/deps';

export const metadata: Metadata = { title: 'Unsubscribe from email updates', robots: { index: false, follow: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

const TRY_AGAIN = 'Sorry, we could not unsubscribe you just now. Please try again in a few minutes.';

/** With a link from one of our emails: one button. Without one, or with a bad one: the address form. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const state = await unsubscribeLinkState(params.token);
  return (
    <TokenPage title="Unsubscribe from email updates">
      {params.limited && <Notice>You have tried this a lot of times in a short while. Please wait a few minutes and try again.</Notice>}
      {(params.failed || state === 'unknown') && <Notice>{TRY_AGAIN}</Notice>}
      {(state === 'valid' || state === 'unknown') && typeof params.token === 'string' ? (
        <>
          <p>Select the button to stop getting campaign emails from #FixTheCMS. It takes effect straight away.</p>
          <TokenButton action={unsubscribeTokenAction} token={params.token} label="Unsubscribe" />
          <h2 className="pt-4 text-step-2">Or unsubscribe another address</h2>
        </>
      ) : (
        <>
          {state === 'invalid' && <Notice>That unsubscribe link is not valid or has expired. Enter your email address instead.</Notice>}
          <p>Enter the email address you signed up with and we will stop sending campaign emails to it straight away.</p>
        </>
      )}
      <UnsubscribeForm />
    </TokenPage>
  );
}
