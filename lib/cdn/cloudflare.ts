import type { PurgeOutcome } from './types';

export interface CloudflareConfig {
  zoneId: string;
  apiToken: string;
  apiUrl: string;
}

/** Cloudflare accepts up to 30 tags per purge request on most plans (100 on Enterprise). */
const TAGS_PER_REQUEST = 30;
const TIMEOUT_MS = 5_000;

interface CloudflareReply {
  success?: boolean;
  errors?: { code?: number; message?: string }[];
}

/**
 * Purge by Cache-Tag: `POST /client/v4/zones/{zone_id}/purge_cache` with `{"tags": [...]}` and a
 * bearer API token (permission Zone → Cache Purge). Pages carry the tags in their Cache-Tag header.
 */
export async function purgeCloudflareTags(config: CloudflareConfig, tags: readonly string[]): Promise<PurgeOutcome> {
  const url = new URL(`/client/v4/zones/${encodeURIComponent(config.zoneId)}/purge_cache`, config.apiUrl);
  for (let i = 0; i < tags.length; i += TAGS_PER_REQUEST) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${config.apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: tags.slice(i, i + TAGS_PER_REQUEST) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const reply = (await res.json().catch(() => ({}))) as CloudflareReply;
    if (!res.ok || reply.success !== true) {
      return { cdn: 'cloudflare', ok: false, status: res.status, error: reply.errors?.map((e) => e.code ?? e.message).join(',') || `HTTP ${res.status}` };
    }
  }
  return { cdn: 'cloudflare', ok: true };
}
