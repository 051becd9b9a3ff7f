import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LinkUnavailable, Notice, TokenButton, TokenPage } from '@/components/newsletter/token-pages';
import { getOpenLetter } from '@/lib/content/open-letters';
import { getDb } from '@/lib/db';
import { confirmAction } from '@/lib/letters/actions';
import { letterStepPath, pathFor } from '@/lib/content/paths';
import { inspectConfirmToken, type TokenState } from '@/lib/letters/service';
import { isWellFormedToken } from '@/lib/newsletter/tokens';

export const metadata: Metadata = { title: 'Confirm your name', robots: { index: false, follow: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Opening the link only shows a button: mail scanners follow links, so a GET must never count a
 * name. The token is checked read-only so an old link gets a clear page at once.
 */
export default async function ConfirmSignaturePage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const letter = await getOpenLetter(slug);
  if (!letter) notFound();
  const token = isWellFormedToken(query.token) ? query.token : '';
  let state: TokenState['state'] | 'unavailable' = 'invalid';
  try {
    if (token) {
      const found = await inspectConfirmToken({ db: await getDb() }, token);
      state = found.slug === slug ? found.state : 'invalid';
    }
  } catch {
    state = 'unavailable';
  }
  const problem = query.limited
    ? 'You have tried this a lot of times in a short while. Please wait a few minutes and try again.'
    : query.failed
      ? 'We could not confirm your name just now. Nothing has changed. Please try again in a few minutes.'
      : null;
  const again = (
    <p>
      <a href={`${pathFor('openLetter', slug)}#sign`}>Add your name again</a> and we will send you a new link.
    </p>
  );

  if (state === 'valid') {
    return (
      <TokenPage title="Confirm your name">
        {problem && <Notice>{problem}</Notice>}
        <p>
          Select the button to add your name to <strong>{letter.title}</strong>. It is counted as soon as you do.
        </p>
        <TokenButton action={confirmAction} token={token} label="Confirm" fields={{ letter: slug }} />
        <p>If you did not ask for this, you do not need to do anything: your name will not be added.</p>
      </TokenPage>
    );
  }
  if (state === 'already-confirmed') {
    return (
      <TokenPage title="Your name is already counted">
        <p>You have already confirmed your name on this letter. Thank you: there is nothing more to do.</p>
        <p>
          <a href={letterStepPath(slug, 'signed')}>Share the letter</a>
        </p>
      </TokenPage>
    );
  }
  if (state === 'unavailable') return <LinkUnavailable />;
  const titles = { expired: 'This link has expired', used: 'This link has already been used', invalid: 'This link is not valid' } as const;
  const reasons = {
    expired: 'Confirmation links work for 3 days.',
    used: 'Each confirmation link works once.',
    invalid: 'The link may be incomplete: check you copied all of it.',
  } as const;
  return (
    <TokenPage title={titles[state]}>
      <p>{reasons[state]}</p>
      {again}
    </TokenPage>
  );
}
