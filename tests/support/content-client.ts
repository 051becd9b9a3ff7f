import { buildClient, type EntriesApi } from '@/lib/content/core/client';
import type { ApiMode } from '@/lib/content/core/local-adapter';

/** The real SDK over the offline seed space, as the site uses it with CONTENT_SOURCE=local. */
export function localClient(mode: ApiMode = 'delivery'): EntriesApi {
  return buildClient({
    mode,
    source: 'local',
    environment: 'master',
    cdaUrl: 'https://cdn.contentful.com',
    cpaUrl: 'https://preview.contentful.com',
    retryLimit: 0,
    timeoutMs: 2000,
  });
}
