import { createHmac } from 'node:crypto';
import { safeEqual } from '@/lib/security/compare';
import { env } from '@/lib/env';
import { FORM_START_FIELD, HONEYPOT_FIELD } from './fields';

/** People take longer than this to type an address and tick a box; scripts usually do not. */
export const MIN_FILL_MS = 2_000;

const PATTERN = /^(\d{13})\.([A-Za-z0-9_-]{32})$/;

function sign(issuedAt: number, secret: string): string {
  return createHmac('sha256', secret).update(`newsletter-form-start:${issuedAt}`).digest('base64url').slice(0, 32);
}

/** A signed "form shown at" time, so a client cannot claim to have started later or earlier than it did. */
export function issueFormStart(now = Date.now(), secret = env.HASH_SALT): string {
  return `${now}.${sign(now, secret)}`;
}

/**
 * - `too-fast`: a genuine token younger than MIN_FILL_MS.
 * - `missing`: no well-formed token at all — the form was not used.
 * - `unverified`: well formed but signed with another key. Static pages carry the token from
 *   their build, possibly built with a different HASH_SALT; such a token proves no more than an
 *   old genuine one, so it is let through like one (the honeypot and rate limits still apply).
 */
export type FormStartCheck = 'ok' | 'too-fast' | 'missing' | 'unverified';

export function checkFormStart(value: unknown, now = Date.now(), secret = env.HASH_SALT): FormStartCheck {
  const match = typeof value === 'string' ? PATTERN.exec(value) : null;
  if (!match) return 'missing';
  const issuedAt = Number(match[1]);
  if (!safeEqual(match[2], sign(issuedAt, secret))) return 'unverified';
  return now - issuedAt < MIN_FILL_MS ? 'too-fast' : 'ok';
}

/**
 * A post's look at who sent it: `honeypot` and `no-form-start` look like a script (the handler
 * answers as if it worked and stores nothing), `too-fast` asks a person to try again.
 */
export function screenPost(form: FormData, now = Date.now()): 'honeypot' | 'no-form-start' | 'too-fast' | 'ok' {
  const start = checkFormStart(form.get(FORM_START_FIELD), now);
  if (start === 'missing') return 'no-form-start';
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return 'honeypot';
  return start === 'too-fast' ? 'too-fast' : 'ok';
}
