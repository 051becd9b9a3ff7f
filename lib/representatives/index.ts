import 'server-only';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { memoryMemberCache, redisMemberCache, type MemberCache } from './member-cache';
import { createParliamentProvider } from './parliament-provider';
import { createSandboxProvider } from './sandbox';
import type { RepresentativesProvider } from './types';

export type { Constituency, LookupResult, Representative, RepresentativesProvider } from './types';
export { RepresentativesUnavailableError } from './types';
export { parsePostcode, POSTCODE_MAX_LENGTH, POSTCODE_MESSAGES, type ParsedPostcode, type PostcodeProblem } from './postcode';
export { buildMailto, mailtoHref, MAILTO_MAX_LENGTH, type Mailto, type MailtoParts } from './mailto';
export { SANDBOX_ENTRIES, SANDBOX_LABEL } from './sandbox-data';
export { createSandboxProvider } from './sandbox';
export { createParliamentProvider, type ParliamentProviderOptions } from './parliament-provider';
export { memoryMemberCache, redisMemberCache, MEMBER_DETAILS_TTL_SECONDS, type MemberCache } from './member-cache';

async function sharedCache(): Promise<MemberCache> {
  if (!env.REDIS_URL) return memoryMemberCache();
  const { default: Redis } = await import('ioredis');
  const client = new Redis(env.REDIS_URL, { commandTimeout: 500, connectTimeout: 2_000, maxRetriesPerRequest: 1 });
  client.on('error', (error: Error) => log('warn', 'representatives.cache_error', { message: error.message }));
  return redisMemberCache(client, env.CACHE_KEY_PREFIX, (error) => log('warn', 'representatives.cache_error', { message: error.message }));
}

async function create(): Promise<RepresentativesProvider> {
  if (env.REPRESENTATIVES_SOURCE === 'sandbox') return createSandboxProvider();
  return createParliamentProvider({
    apiUrl: env.PARLIAMENT_API_URL,
    policy: { timeoutMs: env.REPRESENTATIVES_TIMEOUT_MS, retries: env.REPRESENTATIVES_RETRIES, backoffMs: 200, maxRetryAfterMs: 2_000 },
    cache: await sharedCache(),
    userAgent: `FixTheCMS-site (+${env.SITE_URL})`,
  });
}

// One provider (and one Redis connection, one in-flight map) per process, as lib/db keeps one database.
const SHARED = Symbol.for('fixthecms.representatives');
const slot = globalThis as { [SHARED]?: Promise<RepresentativesProvider> };

export function getRepresentativesProvider(): Promise<RepresentativesProvider> {
  slot[SHARED] ??= create();
  return slot[SHARED];
}
