import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MpCard } from './fields';

/**
 * Carries the MP found in the postcode step to the letter step inside the form, signed so that
 * nobody can count letters for a constituency they did not look up. It holds the MP and the
 * constituency, never the postcode.
 */

export const STEP_TOKEN_TTL_MS = 2 * 3600 * 1000;

interface Payload {
  v: 1;
  action: string;
  source: string;
  mp: MpCard;
  exp: number;
}

const key = (secret: string) => createHmac('sha256', secret).update('write-to-mp-step-token').digest();
const sign = (body: string, secret: string) => createHmac('sha256', key(secret)).update(body).digest('base64url');

export function issueStepToken(input: { action: string; source: string; mp: MpCard }, secret: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ v: 1, ...input, exp: now + STEP_TOKEN_TTL_MS } satisfies Payload)).toString('base64url');
  return `${body}.${sign(body, secret)}`;
}

export function readStepToken(token: unknown, expected: { action: string; source: string }, secret: string, now = Date.now()): MpCard | null {
  if (typeof token !== 'string' || token.length > 4000) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const want = Buffer.from(sign(body, secret));
  const got = Buffer.from(signature);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
    if (payload.v !== 1 || payload.action !== expected.action || payload.source !== expected.source || payload.exp < now) return null;
    return payload.mp;
  } catch {
    return null;
  }
}
