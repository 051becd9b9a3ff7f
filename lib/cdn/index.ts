import { cdnTags } from '@/lib/cache/cdn-tags.mjs';
import { env, type Env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { purgeCloudflareTags } from './cloudflare';
import { purgeFastlyKeys } from './fastly';
import type { CdnName, PurgeOutcome } from './types';

export type { PurgeOutcome } from './types';

interface Purger {
  cdn: CdnName;
  purge(tags: string[]): Promise<PurgeOutcome>;
}

/**
 * CDN purge after a publish. Pages carry their content tags in `Cache-Tag` (Cloudflare) and
 * `Surrogate-Key` (Fastly), set by the cache handler from the tags Next recorded
 * (lib/cache/cdn-tags.mjs); the webhook handler purges the tags it revalidated, so a CDN may keep
 * pages as long as their s-maxage allows and still show a publish within seconds. With neither
 * CDN configured nothing is called.
 */
export function configuredCdns(config: Env = env): Purger[] {
  const purgers: Purger[] = [];
  if (config.CLOUDFLARE_ZONE_ID && config.CLOUDFLARE_API_TOKEN) {
    const cf = { zoneId: config.CLOUDFLARE_ZONE_ID, apiToken: config.CLOUDFLARE_API_TOKEN, apiUrl: config.CLOUDFLARE_API_URL };
    purgers.push({ cdn: 'cloudflare', purge: (tags) => purgeCloudflareTags(cf, tags) });
  }
  if (config.FASTLY_SERVICE_ID && config.FASTLY_API_TOKEN) {
    const fastly = { serviceId: config.FASTLY_SERVICE_ID, apiToken: config.FASTLY_API_TOKEN, apiUrl: config.FASTLY_API_URL };
    purgers.push({ cdn: 'fastly', purge: (tags) => purgeFastlyKeys(fastly, tags) });
  }
  return purgers;
}

/** Purges `tags` (those a page can carry) at every configured CDN; one failing never stops another. */
export async function purgeCdnTags(tags: readonly string[], config: Env = env): Promise<PurgeOutcome[]> {
  const purgers = configuredCdns(config);
  const wanted = cdnTags(tags);
  if (purgers.length === 0 || wanted.length === 0) return [];
  const outcomes = await Promise.all(
    purgers.map(({ cdn, purge }) =>
      purge(wanted).catch((error: unknown): PurgeOutcome => ({ cdn, ok: false, error: error instanceof Error ? error.name : 'request failed' })),
    ),
  );
  for (const outcome of outcomes) {
    if (outcome.ok) log('info', 'cdn.purged', { cdn: outcome.cdn, tags: wanted });
    else log('warn', 'cdn.purge_failed', { cdn: outcome.cdn, status: outcome.status, error: outcome.error, tags: wanted });
  }
  return outcomes;
}
