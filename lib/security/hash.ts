import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';

/** Keyed hash for identifiers we must not keep or log in clear (IP addresses, emails in logs). */
export function hashIdentifier(value: string, purpose: string): string {
  return createHmac('sha256', env.HASH_SALT).update(`${purpose}:${value}`).digest('hex').slice(0, 32);
}
