import type { Metadata } from 'next';
import { SignupForm } from '@/components/newsletter/signup-form';
import { HomeLink, LinkUnavailable, Notice, TokenButton, TokenPage } from '@/components/newsletter/token-pages';
import { confirmAction, resendAction } from '@/lib/newsletter/actions';
import { newsletterDeps } from '@/lib/newsletter/deps';
import { inspectConfirmToken, type TokenState } from '@/lib/newsletter/service';
import { isWellFormedToken } from '@/lib/newsletter/tokens';

export const metadata: Metadata = { title: 'Confirm your email updates', robots: { index: false, follow: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * Opening the link only shows a button: mail scanners follow links, so a GET must never
 * confirm. The token is checked (read-only) so an old link gets a clear page at once.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const token = isWellFormedToken(params.token) ? params.token : '';
  let state: TokenState | 'unavailable' = 'invalid';
  try {
    if (token) state = await inspectConfirmToken(await newsletterDeps(), token);
  } catch {
    state = 'unavailable';
  }
  const problem = params.limited ? 'You have tried this a lot of times in a short while. Please wait a few minutes and try again.' : params.failed ? 'We could not send a new link just now. Please try again in a few minutes.' : null;

  if (state === 'valid') {
    return (
      <TokenPage title="Confirm your email updates">
        {problem && <Notice>{problem}</Notice>}
        <p>Select the button to confirm that you want to get occasional campaign updates from #FixTheCMS by email.</p>
        <TokenButton action={confirmAction} token={token} label="Confirm" />
        <p>If you did not ask for this, you do not need to do anything: without confirmation you will not get any emails.</p>
      </TokenPage>
    );
  }
  if (state === 'already-confirmed') {
    return (
      <TokenPage title="You are already subscribed">
        <p>This email address is already confirmed. There is nothing more to do.</p>
        <HomeLink />
      </TokenPage>
    );
  }
  if (state === 'expired') {
    return (
      <TokenPage title="This link has expired">
        {problem && <Notice>{problem}</Notice>}
        <p>Confirmation links work for 3 days. We can send you a new one to the same address.</p>
        <TokenButton action={resendAction} token={token} label="Send me a new link" />
      </TokenPage>
    );
  }
  if (state === 'unavailable') return <LinkUnavailable />;
  return (
    <TokenPage title={state === 'used' ? 'This link has already been used' : 'This link is not valid'}>
      <p>
        {state === 'used'
          ? 'Each confirmation link works once. To sign up again, enter your email address below and we will send you a new link.'
          : 'The link may be incomplete: check you copied all of it. Or enter your email address below and we will send you a new link.'}
      </p>
      <SignupForm source="confirm-page" title="Get a new link" />
    </TokenPage>
  );
}
