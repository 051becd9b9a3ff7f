import type { PurgeOutcome } from './types';

export interface FastlyConfig {
  serviceId: string;
  apiToken: string;
  apiUrl: string;
}

/** Fastly purges up to 256 surrogate keys in one request. */
const KEYS_PER_REQUEST = 256;
const TIMEOUT_MS = 5_000;

/**
 * Batch purge by surrogate key: `POST /service/{service_id}/purge` with the keys in a
 * `Surrogate-Key` request header (space-separated) and the API token in `Fastly-Key`. A soft purge
 * marks the copies stale instead of deleting them, so Fastly can still serve them if the origin
 * is down (stale-if-error) while it fetches the new page.
 */
export async function purgeFastlyKeys(config: FastlyConfig, keys: readonly string[]): Promise<PurgeOutcome> {
  const url = new URL(`/service/${encodeURIComponent(config.serviceId)}/purge`, config.apiUrl);
  for (let i = 0; i < keys.length; i += KEYS_PER_REQUEST) {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'fastly-key': config.apiToken,
        'surrogate-key': keys.slice(i, i + KEYS_PER_REQUEST).join(' '),
        'fastly-soft-purge': '1',
        accept: 'application/json',
      },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.arrayBuffer();
    if (!res.ok) return { cdn: 'fastly', ok: false, status: res.status, error: `HTTP ${res.status}` };
  }
  return { cdn: 'fastly', ok: true };
}
