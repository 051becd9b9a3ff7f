import type { Db, Queryable } from '@/lib/db';
import type { ClientInfo } from '@/lib/forms/client';
import { screenPost } from '@/lib/forms/form-start';
import { log } from '@/lib/log.mjs';
import type { Mailer } from '@/lib/mail';
import { consume } from '@/lib/rate-limit';
import { hashIdentifier } from '@/lib/security/hash';
import { TRUNCATED_MESSAGE, wasTruncated } from '@/lib/security/request';
import { consentWording, type ConsentVersion } from './consent';
import { alreadySubscribedEmail, confirmEmail, type EmailContent } from './emails';
import { LIMITED_MESSAGE, SIGNUP_PER_ADDRESS, SIGNUP_PER_IP } from './limits';
import * as repo from './repository';
import { parseSignup, valuesFrom, type SignupInput, type SignupState } from './schema';
import { CONFIRM_TOKEN_TTL_MS, hashToken, isWellFormedToken, newToken, UNSUBSCRIBE_TOKEN_TTL_MS } from './tokens';
import { userAgentClass, type UserAgentClass } from './user-agent';

/** At most one email per address in this window, whatever is submitted. */
export const EMAIL_WINDOW_MS = 10 * 60 * 1000;

export interface NewsletterDeps {
  db: Db;
  mailer: Mailer;
  /** Base for links in emails (SITE_URL). */
  siteUrl: string;
  now?: () => Date;
}

/** How a request reached us, reduced to what the consent record keeps. */
export interface RequestContext {
  ipHash: string | null;
  userAgentClass: UserAgentClass;
}

export function requestContext(client: ClientInfo): RequestContext {
  return { ipHash: hashIdentifier(client.ip, 'ip'), userAgentClass: userAgentClass(client.userAgent) };
}

export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'expired' | 'used' | 'invalid';
export type TokenState = 'valid' | Exclude<ConfirmOutcome, 'confirmed'>;

interface PendingMail {
  subscriberId: string;
  claimedAt: Date;
  to: string;
  content: EmailContent;
  unsubscribeUrl: string;
  devLink?: string;
}

const clock = (deps: NewsletterDeps) => (deps.now ?? (() => new Date()))();

function url(deps: NewsletterDeps, path: string, token: string): string {
  const u = new URL(path, deps.siteUrl);
  u.searchParams.set('token', token);
  return u.toString();
}

async function unsubscribeLinks(deps: NewsletterDeps, tx: Queryable, subscriberId: string, at: Date) {
  const t = newToken();
  await repo.insertToken(tx, {
    hash: t.hash,
    subscriberId,
    purpose: 'unsubscribe',
    wordingVersion: null,
    at,
    expiresAt: new Date(at.getTime() + UNSUBSCRIBE_TOKEN_TTL_MS),
  });
  return { oneClick: url(deps, '/api/newsletter/unsubscribe', t.token), page: url(deps, '/unsubscribe', t.token) };
}

async function confirmationMail(
  deps: NewsletterDeps,
  tx: Queryable,
  s: { id: string; email: string; firstName: string | null },
  version: ConsentVersion | null,
  at: Date,
): Promise<PendingMail> {
  const t = newToken();
  await repo.insertToken(tx, {
    hash: t.hash,
    subscriberId: s.id,
    purpose: 'confirm',
    wordingVersion: version,
    at,
    expiresAt: new Date(at.getTime() + CONFIRM_TOKEN_TTL_MS),
  });
  const unsub = await unsubscribeLinks(deps, tx, s.id, at);
  const confirmUrl = url(deps, '/newsletter/confirm', t.token);
  return {
    subscriberId: s.id,
    claimedAt: at,
    to: s.email,
    unsubscribeUrl: unsub.oneClick,
    devLink: confirmUrl,
    content: confirmEmail({ firstName: s.firstName, confirmUrl, unsubscribeUrl: unsub.page, validHours: CONFIRM_TOKEN_TTL_MS / 3_600_000 }),
  };
}

async function deliver(deps: NewsletterDeps, mail: PendingMail | null): Promise<void> {
  if (!mail) return;
  try {
    await deps.mailer.send({ to: mail.to, ...mail.content, unsubscribeUrl: mail.unsubscribeUrl, ...(mail.devLink ? { devLink: mail.devLink } : {}) });
  } catch (error) {
    await repo.releaseEmailSlot(deps.db, mail.subscriberId, mail.claimedAt).catch(() => undefined);
    log('error', 'newsletter.mail_failed', { subscriber: mail.subscriberId, message: (error as Error).message });
    throw error;
  }
}

const RETRY_FAST = 'Please check your details, then select Subscribe again.';
const RETRY_FAILED = 'Sorry, we could not take your details just now. Please try again in a few minutes.';

/**
 * The whole sign-up path behind the server action, minus Next's request plumbing. Returns a
 * state for the form and never throws: bad input comes back as field errors with the typed
 * values, and every accepted submission gets the same "check your inbox" reply.
 */
export async function handleSignup(form: FormData, client: ClientInfo, deps: NewsletterDeps): Promise<SignupState> {
  const values = valuesFrom(form);
  if (wasTruncated(form)) return { status: 'retry', values, message: TRUNCATED_MESSAGE };
  const parsed = parseSignup(form);
  if (!parsed.ok) return { status: 'invalid', values, errors: parsed.errors };

  const screen = screenPost(form, clock(deps).getTime());
  if (screen === 'honeypot' || screen === 'no-form-start') {
    // Looks like a script: answer as if it worked, so it learns nothing, and store nothing.
    log('info', 'newsletter.signup_trap', { reason: screen });
    return { status: 'sent' };
  }
  if (screen === 'too-fast') return { status: 'retry', values, message: RETRY_FAST };

  const ipLimit = await consume(SIGNUP_PER_IP, hashIdentifier(client.ip, 'ip'));
  if (!ipLimit.allowed) return { status: 'limited', values, message: LIMITED_MESSAGE };
  const addressLimit = await consume(SIGNUP_PER_ADDRESS, hashIdentifier(parsed.data.email, 'email'));
  if (!addressLimit.allowed) return { status: 'limited', values, message: LIMITED_MESSAGE };

  try {
    await subscribe(deps, parsed.data, requestContext(client));
    return { status: 'sent' };
  } catch (error) {
    log('error', 'newsletter.signup_failed', { message: (error as Error).message });
    return { status: 'retry', values, message: RETRY_FAILED };
  }
}

/**
 * Takes a valid sign-up. The caller shows the same reply whatever happens here: new and
 * pending addresses get a confirmation link, confirmed ones an "already subscribed" note,
 * and no address gets more than one email per window.
 */
export async function subscribe(deps: NewsletterDeps, input: SignupInput, ctx: RequestContext): Promise<void> {
  const at = clock(deps);
  const mail = await deps.db.transaction(async (tx) => {
    const s = await repo.upsertForSignup(tx, { email: input.email, firstName: input.firstName || null, postcodeArea: input.postcodeArea || null }, at);
    if (s.status === 'pending') {
      await repo.ensureWording(tx, input.consentVersion, consentWording(input.consentVersion));
      await repo.addConsentEvent(tx, {
        subscriberId: s.id,
        action: 'requested',
        wordingVersion: input.consentVersion,
        method: 'form',
        source: input.source,
        ...ctx,
        at,
      });
    }
    if (!(await repo.claimEmailSlot(tx, s.id, at, EMAIL_WINDOW_MS))) return null;
    if (s.status === 'confirmed') {
      const unsub = await unsubscribeLinks(deps, tx, s.id, at);
      return {
        subscriberId: s.id,
        claimedAt: at,
        to: s.email,
        unsubscribeUrl: unsub.oneClick,
        content: alreadySubscribedEmail({ firstName: s.firstName, unsubscribeUrl: unsub.page }),
      } satisfies PendingMail;
    }
    return confirmationMail(deps, tx, s, input.consentVersion, at);
  });
  log('info', 'newsletter.signup', { subscriber: mail?.subscriberId ?? null, emailed: mail !== null });
  await deliver(deps, mail);
}

/** Read-only look at a confirm link, for the page a GET shows: never changes anything. */
export async function inspectConfirmToken(deps: NewsletterDeps, token: unknown): Promise<TokenState> {
  if (!isWellFormedToken(token)) return 'invalid';
  const found = await repo.findToken(deps.db, hashToken(token), 'confirm');
  if (!found) return 'invalid';
  if (found.status === 'confirmed') return 'already-confirmed';
  if (found.usedAt) return 'used';
  if (found.expiresAt <= clock(deps)) return 'expired';
  return 'valid';
}

/** The Confirm button: spends the token once and records the confirmation as consent. */
export async function confirm(deps: NewsletterDeps, token: unknown, ctx: RequestContext): Promise<ConfirmOutcome> {
  if (!isWellFormedToken(token)) return 'invalid';
  const at = clock(deps);
  const hash = hashToken(token);
  const done = await deps.db.transaction(async (tx) => {
    const spent = await repo.spendConfirmToken(tx, hash, at);
    if (!spent) return null;
    if (!(await repo.setConfirmed(tx, spent.subscriberId, at))) return 'not-pending' as const;
    await repo.addConsentEvent(tx, {
      subscriberId: spent.subscriberId,
      action: 'confirmed',
      wordingVersion: spent.wordingVersion,
      method: 'confirm-page',
      source: null,
      ...ctx,
      at,
    });
    return spent.subscriberId;
  });
  if (done && done !== 'not-pending') {
    log('info', 'newsletter.confirmed', { subscriber: done });
    return 'confirmed';
  }
  const state = await inspectConfirmToken(deps, token);
  return state === 'valid' ? 'used' : state;
}

/**
 * "Send me a new link" from an expired or used confirm link. Answers nothing: a new link goes
 * out only when the address is still pending and has had no email in the window.
 */
export async function resendConfirmation(deps: NewsletterDeps, token: unknown): Promise<void> {
  if (!isWellFormedToken(token)) return;
  const at = clock(deps);
  const found = await repo.findToken(deps.db, hashToken(token), 'confirm');
  if (!found || found.status !== 'pending') return;
  const mail = await deps.db.transaction(async (tx) => {
    if (!(await repo.claimEmailSlot(tx, found.subscriberId, at, EMAIL_WINDOW_MS))) return null;
    return confirmationMail(deps, tx, { id: found.subscriberId, email: found.email, firstName: found.firstName }, found.wordingVersion, at);
  });
  log('info', 'newsletter.resend', { subscriber: found.subscriberId, emailed: mail !== null });
  await deliver(deps, mail);
}

export type UnsubscribeMethod = 'one-click' | 'unsubscribe-link' | 'unsubscribe-form';

async function withdraw(deps: NewsletterDeps, tx: Queryable, subscriberId: string, method: UnsubscribeMethod, ctx: RequestContext, at: Date) {
  if (!(await repo.setUnsubscribed(tx, subscriberId, at))) return;
  await repo.addConsentEvent(tx, { subscriberId, action: 'unsubscribed', wordingVersion: null, method, source: null, ...ctx, at });
  log('info', 'newsletter.unsubscribed', { subscriber: subscriberId, method });
}

/**
 * Unsubscribe links keep working until they expire, and using one twice is harmless: mail
 * providers may repeat a one-click POST, and withdrawal must never be harder than sign-up.
 */
export async function unsubscribeByToken(deps: NewsletterDeps, token: unknown, method: UnsubscribeMethod, ctx: RequestContext): Promise<'unsubscribed' | 'invalid'> {
  if (!isWellFormedToken(token)) return 'invalid';
  return unsubscribeByTokenHash(deps, hashToken(token), method, ctx, clock(deps));
}

/** The same withdrawal from the token's hash, as of `at`: also how a spooled one-click request is replayed. */
export async function unsubscribeByTokenHash(deps: NewsletterDeps, hash: string, method: UnsubscribeMethod, ctx: RequestContext, at: Date): Promise<'unsubscribed' | 'invalid'> {
  return deps.db.transaction(async (tx) => {
    const found = await repo.findToken(tx, hash, 'unsubscribe');
    if (!found || found.expiresAt <= at) return 'invalid';
    await repo.markTokenUsed(tx, hash, at);
    await withdraw(deps, tx, found.subscriberId, method, ctx, at);
    return 'unsubscribed';
  });
}

/** Read-only check behind the /unsubscribe page's button. */
export async function inspectUnsubscribeToken(deps: NewsletterDeps, token: unknown): Promise<'valid' | 'invalid'> {
  if (!isWellFormedToken(token)) return 'invalid';
  const found = await repo.findToken(deps.db, hashToken(token), 'unsubscribe');
  return found && found.expiresAt > clock(deps) ? 'valid' : 'invalid';
}

/** The /unsubscribe form: immediate, and the reply is the same whether or not the address was listed. */
export async function unsubscribeByEmail(deps: NewsletterDeps, email: string, ctx: RequestContext): Promise<void> {
  const at = clock(deps);
  await deps.db.transaction(async (tx) => {
    const found = await repo.findSubscriberByEmail(tx, email);
    if (found) await withdraw(deps, tx, found.id, 'unsubscribe-form', ctx, at);
  });
}
