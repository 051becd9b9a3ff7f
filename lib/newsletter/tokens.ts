import { createHash, randomBytes } from 'node:crypto';

/** Confirmation links stay valid for three days: longer than the 48 hours people are promised. */
export const CONFIRM_TOKEN_TTL_MS = 72 * 60 * 60 * 1000;
/** Unsubscribe links must keep working long after the email arrives. */
export const UNSUBSCRIBE_TOKEN_TTL_MS = 400 * 24 * 60 * 60 * 1000;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, URL-safe. Only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Rejects anything that could not be one of our tokens before it reaches the database. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value);
}
