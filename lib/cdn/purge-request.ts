import type { CdnName, PurgeOutcome } from './types';

/** What every CDN's purge API needs from the environment besides its own account id. */
export interface CdnApi {
  apiToken: string;
  apiUrl: string;
}

const TIMEOUT_MS = 5_000;

/** How one CDN takes a purge: where to POST, how many tags a request may carry, and how it says no. */
export interface PurgeApi {
  cdn: CdnName;
  url: URL;
  tagsPerRequest: number;
  headers(batch: readonly string[]): Record<string, string>;
  body?(batch: readonly string[]): string;
  /** Why the reply refused the purge, or null when it was accepted; it must read the body to the end. */
  refusal(res: Response): Promise<string | null>;
}

/**
 * POSTs the tags in batches the CDN accepts, one after another so a large publish never has more
 * than one purge request open at a CDN, and stops at the first refusal: the publish webhook logs
 * it, and the pages still expire at their s-maxage.
 */
export async function purgeInBatches(api: PurgeApi, tags: readonly string[]): Promise<PurgeOutcome> {
  for (let i = 0; i < tags.length; i += api.tagsPerRequest) {
    const batch = tags.slice(i, i + api.tagsPerRequest);
    const res = await fetch(api.url, { method: 'POST', headers: api.headers(batch), body: api.body?.(batch), signal: AbortSignal.timeout(TIMEOUT_MS) });
    const error = await api.refusal(res);
    if (error !== null) return { cdn: api.cdn, ok: false, status: res.status, error };
  }
  return { cdn: api.cdn, ok: true };
}
