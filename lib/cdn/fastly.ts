import { purgeInBatches, type CdnApi } from './purge-request';
import type { PurgeOutcome } from './types';

export interface FastlyConfig extends CdnApi {
  serviceId: string;
}

/**
 * Batch purge by surrogate key: `POST /service/{service_id}/purge` with the keys in a
 * `Surrogate-Key` request header (space-separated, up to 256 a request) and the API token in
 * `Fastly-Key`. A soft purge marks the copies stale instead of deleting them, so Fastly can still
 * serve them if the origin is down (stale-if-error) while it fetches the new page.
 */
export function purgeFastlyKeys(config: FastlyConfig, keys: readonly string[]): Promise<PurgeOutcome> {
  return purgeInBatches(
    {
      cdn: 'fastly',
      url: new URL(`/service/${encodeURIComponent(config.serviceId)}/purge`, config.apiUrl),
      tagsPerRequest: 256,
      headers: (batch) => ({ 'fastly-key': config.apiToken, 'surrogate-key': batch.join(' '), 'fastly-soft-purge': '1', accept: 'application/json' }),
      refusal: async (res) => {
        // The reply (each key's purge id) is not needed, but is read so the connection is reused.
        await res.arrayBuffer();
        return res.ok ? null : `HTTP ${res.status}`;
      },
    },
    keys,
  );
}
