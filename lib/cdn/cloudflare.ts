import { purgeInBatches, type CdnApi } from './purge-request';
import type { PurgeOutcome } from './types';

export interface CloudflareConfig extends CdnApi {
  zoneId: string;
}

interface CloudflareReply {
  success?: boolean;
  errors?: { code?: number; message?: string }[];
}

/**
 * Purge by Cache-Tag: `POST /client/v4/zones/{zone_id}/purge_cache` with `{"tags": [...]}` and a
 * bearer API token (permission Zone → Cache Purge). Pages carry the tags in their Cache-Tag header.
 * Cloudflare accepts up to 30 tags per purge request on most plans (100 on Enterprise).
 */
export function purgeCloudflareTags(config: CloudflareConfig, tags: readonly string[]): Promise<PurgeOutcome> {
  return purgeInBatches(
    {
      cdn: 'cloudflare',
      url: new URL(`/client/v4/zones/${encodeURIComponent(config.zoneId)}/purge_cache`, config.apiUrl),
      tagsPerRequest: 30,
      headers: () => ({ authorization: `Bearer ${config.apiToken}`, 'content-type': 'application/json' }),
      body: (batch) => JSON.stringify({ tags: batch }),
      refusal: async (res) => {
        // A 200 can still say `success: false`; the error codes are all a log line needs.
        const reply = (await res.json().catch(() => ({}))) as CloudflareReply;
        if (res.ok && reply.success === true) return null;
        return reply.errors?.map((e) => e.code ?? e.message).join(',') || `HTTP ${res.status}`;
      },
    },
    tags,
  );
}
