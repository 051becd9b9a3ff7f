export type CdnName = 'cloudflare' | 'fastly';

/** What one CDN answered to a purge; never carries the API token or response bodies. */
export type PurgeOutcome = { cdn: CdnName; ok: true } | { cdn: CdnName; ok: false; status?: number; error: string };
