import type { Db } from '@/lib/db';
import type { ClientInfo } from '@/lib/forms/client';
import { screenPost } from '@/lib/forms/form-start';
import { log } from '@/lib/log.mjs';
import type { MailSender } from '@/lib/mail';
import type { EmailContent } from '@/lib/newsletter/emails';
import { CONFIRM_TOKEN_TTL_MS, hashToken, isWellFormedToken, newToken } from '@/lib/newsletter/tokens';
import { consume } from '@/lib/rate-limit';
import type { RepresentativesProvider } from '@/lib/representatives/types';
import { hashIdentifier } from '@/lib/security/hash';
import { areaFor } from './constituency';
import { alreadySignedEmail, confirmSignatureEmail } from './emails';
import { LIMITED_MESSAGE, SIGN_PER_ADDRESS, SIGN_PER_IP } from './limits';
import { letterStepPath, pathFor } from '@/lib/content/paths';
import * as repo from './repository';
import { parseSign, valuesFrom, type SignInput, type SignState } from './schema';
import type { ConfirmedSignature } from './repository';

/** At most one email per signature in this window, whatever is submitted. */
export const EMAIL_WINDOW_MS = 10 * 60 * 1000;

/** What the service needs to know of a letter; the page reads it from the content. */
export interface LetterRef {
  slug: string;
  title: string;
  /** Identifies the exact text on the page; stored with every signature. */
  wordingVersion: string;
  /** That text, kept the first time anyone signs this version. */
  wording: string;
  open: boolean;
}

export interface LettersDeps {
  db: Db;
  mailer: MailSender;
  siteUrl: string;
  now?: () => Date;
  /** Runs work after the reply has gone (Next's `after()`), so no reply's timing depends on it. */
  defer: (task: () => Promise<void>) => void;
  /** Finds the constituency a postcode counts towards; without it, the postcode district. */
  representatives?: RepresentativesProvider | undefined;
  /** Runs after a confirmation has committed: the count revalidation, the updates sign-up. */
  onConfirmed?: (signature: ConfirmedSignature) => Promise<void>;
}

export type ConfirmOutcome = { outcome: 'confirmed' | 'already-confirmed'; slug: string } | { outcome: 'expired' | 'used' | 'invalid'; slug: string | null };
export type TokenState = { state: 'valid' | 'already-confirmed' | 'expired' | 'used'; slug: string } | { state: 'invalid'; slug: null };

interface PendingMail {
  signatureId: string;
  claimedAt: Date;
  to: string;
  content: EmailContent;
  devLink: string;
}

const clock = (deps: LettersDeps) => (deps.now ?? (() => new Date()))();

export class LetterClosedError extends Error {
  override name = 'LetterClosedError';
}

async function deliver(deps: LettersDeps, mail: PendingMail | null): Promise<void> {
  if (!mail) return;
  try {
    await deps.mailer.send({ to: mail.to, ...mail.content, devLink: mail.devLink });
  } catch (error) {
    // The signature is stored; giving the slot back lets signing again send a new link at once.
    await repo.releaseEmailSlot(deps.db, mail.signatureId, mail.claimedAt).catch(() => undefined);
    log('error', 'letters.mail_failed', { signature: mail.signatureId, message: (error as Error).message });
  }
}

/**
 * Stores a valid signature as pending and queues one email: a confirm link, or for an address
 * already counted an "already signed" note. Resolves only once the row is committed, so a
 * caller that says "check your inbox" never says it for a signature that was not kept; the
 * email goes after the reply, so the reply takes the same time for every address.
 */
export async function sign(deps: LettersDeps, letter: LetterRef, input: SignInput): Promise<void> {
  if (!letter.open || letter.slug !== input.letter) throw new LetterClosedError(letter.slug);
  const at = clock(deps);
  const area = await areaFor(input.postcode, deps.representatives);
  const mail = await deps.db.transaction(async (tx) => {
    if (await repo.isPurged(tx, letter.slug)) throw new LetterClosedError(letter.slug);
    await repo.ensureWording(tx, letter.slug, letter.wordingVersion, letter.wording);
    const s = await repo.upsertForSigning(
      tx,
      {
        letterSlug: letter.slug,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        postcode: input.postcode,
        area,
        showPublicly: input.showPublicly,
        updatesWordingVersion: input.updates ? (input.updatesWordingVersion ?? null) : null,
        wordingVersion: letter.wordingVersion,
      },
      at,
    );
    if (!(await repo.claimEmailSlot(tx, s.id, at, EMAIL_WINDOW_MS))) return null;
    // Every email comes with a fresh token, so the database does the same work for every address.
    const t = newToken();
    await repo.insertToken(tx, { hash: t.hash, signatureId: s.id, at, expiresAt: new Date(at.getTime() + CONFIRM_TOKEN_TTL_MS) });
    const confirmUrl = new URL(letterStepPath(letter.slug, 'confirm'), deps.siteUrl);
    confirmUrl.searchParams.set('token', t.token);
    const content =
      s.status === 'confirmed'
        ? alreadySignedEmail({ firstName: s.firstName, letterTitle: letter.title, letterUrl: new URL(pathFor('openLetter', letter.slug), deps.siteUrl).toString() })
        : confirmSignatureEmail({ firstName: s.firstName, letterTitle: letter.title, confirmUrl: confirmUrl.toString(), validHours: CONFIRM_TOKEN_TTL_MS / 3_600_000 });
    return { signatureId: s.id, claimedAt: at, to: s.email, content, devLink: confirmUrl.toString() } satisfies PendingMail;
  });
  log('info', 'letters.signed', { letter: letter.slug, signature: mail?.signatureId ?? null, emailed: mail !== null });
  deps.defer(() => deliver(deps, mail));
}

export const RETRY_FAST = 'Please check your details, then select Add my name again.';
export const RETRY_FAILED = 'Sorry, we could not take your name just now. Nothing was saved. Please try again in a few minutes.';

/**
 * The whole signing path behind the server action, minus Next's request plumbing. Returns a
 * state for the form and never throws: bad input comes back as field errors with the typed
 * values; every accepted signature, new or repeated, gets the same "check your inbox" state;
 * and "sent" is only returned once the signature is committed.
 */
export async function handleSign(form: FormData, client: ClientInfo, letter: LetterRef | null, deps: () => Promise<LettersDeps>): Promise<SignState> {
  const values = valuesFrom(form);
  if (!letter?.open) return { status: 'closed' };
  const parsed = parseSign(form);
  if (!parsed.ok) return { status: 'invalid', values, errors: parsed.errors };
  if (parsed.data.wordingVersion !== letter.wordingVersion) {
    return { status: 'invalid', values, errors: { firstName: 'The letter has changed since you opened this page. Please read it again, then add your name.' } };
  }

  const screen = screenPost(form);
  if (screen === 'honeypot' || screen === 'no-form-start') {
    // Looks like a script: answer as if it worked, so it learns nothing, and store nothing.
    log('info', 'letters.sign_trap', { reason: screen });
    return { status: 'sent' };
  }
  if (screen === 'too-fast') return { status: 'retry', values, message: RETRY_FAST };

  if (!(await consume(SIGN_PER_IP, hashIdentifier(client.ip, 'ip'))).allowed) return { status: 'limited', values, message: LIMITED_MESSAGE };
  if (!(await consume(SIGN_PER_ADDRESS, hashIdentifier(`${letter.slug}:${parsed.data.email}`, 'email'))).allowed) {
    return { status: 'limited', values, message: LIMITED_MESSAGE };
  }

  try {
    await sign(await deps(), letter, parsed.data);
    return { status: 'sent' };
  } catch (error) {
    if (error instanceof LetterClosedError) return { status: 'closed' };
    log('error', 'letters.sign_failed', { letter: letter.slug, message: (error as Error).message });
    return { status: 'retry', values, message: RETRY_FAILED };
  }
}

/** Read-only look at a confirm link, for the page a GET shows: never changes anything. */
export async function inspectConfirmToken(deps: Pick<LettersDeps, 'db' | 'now'>, token: unknown): Promise<TokenState> {
  if (!isWellFormedToken(token)) return { state: 'invalid', slug: null };
  const found = await repo.findToken(deps.db, hashToken(token));
  if (!found) return { state: 'invalid', slug: null };
  const slug = found.letterSlug;
  if (found.status === 'confirmed') return { state: 'already-confirmed', slug };
  if (found.usedAt) return { state: 'used', slug };
  if (found.expiresAt <= (deps.now ?? (() => new Date()))()) return { state: 'expired', slug };
  return { state: 'valid', slug };
}

/**
 * The Confirm button: spends the token, marks the signature confirmed and adds it to its
 * area's tally, all in one transaction, so the count can never differ from the confirmed rows.
 */
export async function confirm(deps: LettersDeps, token: unknown): Promise<ConfirmOutcome> {
  if (!isWellFormedToken(token)) return { outcome: 'invalid', slug: null };
  const at = clock(deps);
  const confirmed = await deps.db.transaction(async (tx) => {
    const signatureId = await repo.spendToken(tx, hashToken(token), at);
    if (!signatureId) return null;
    const signature = await repo.setConfirmed(tx, signatureId, at);
    if (signature) await repo.addToTally(tx, signature.letterSlug, signature.area, at);
    return signature;
  });
  if (confirmed) {
    log('info', 'letters.confirmed', { letter: confirmed.letterSlug });
    const onConfirmed = deps.onConfirmed;
    if (onConfirmed) deps.defer(() => onConfirmed(confirmed));
    return { outcome: 'confirmed', slug: confirmed.letterSlug };
  }
  const state = await inspectConfirmToken(deps, token);
  if (state.state === 'invalid') return { outcome: 'invalid', slug: null };
  return { outcome: state.state === 'valid' ? 'used' : state.state, slug: state.slug };
}
