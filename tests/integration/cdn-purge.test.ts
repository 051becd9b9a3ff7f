import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addCdnTagHeaders, cdnTags } from '@/lib/cache/cdn-tags.mjs';
import { configuredCdns, purgeCdnTags } from '@/lib/cdn';
import type { CdnName } from '@/lib/cdn/types';
import { parseEnv, type Env } from '@/lib/env';
import { startFakeCdn, type CdnCall } from '../support/fake-cdn';

let cdn: Awaited<ReturnType<typeof startFakeCdn>>;
beforeAll(async () => {
  cdn = await startFakeCdn();
});
afterAll(() => cdn.close());
beforeEach(() => {
  cdn.calls.length = 0;
  cdn.failWith(null);
});

const TAGS = ['content:entry:abc123', 'content:news', 'content:asks', 'content:slug:newsArticle:high-court-hearing'];
const cloudflare = () => parseEnv({ CLOUDFLARE_ZONE_ID: 'zone-1', CLOUDFLARE_API_TOKEN: 'cf-token', CLOUDFLARE_API_URL: cdn.url });
const fastly = () => parseEnv({ FASTLY_SERVICE_ID: 'svc-1', FASTLY_API_TOKEN: 'fastly-token', FASTLY_API_URL: cdn.url });

describe('content tags for CDNs (lib/cache/cdn-tags.mjs)', () => {
  it("keeps our content tags and drops Next's implicit path tags", () => {
    expect(cdnTags(['_N_T_/layout', '_N_T_/news/x', 'content', 'content:news', 'content:slug:page:about', 'other', 'content:a b', 'content:a,b'])).toEqual([
      'content',
      'content:news',
      'content:slug:page:about',
    ]);
  });

  it('adds Cache-Tag (commas) and Surrogate-Key (spaces) to an entry from its Next tags', () => {
    const value = { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': '_N_T_/layout,content,content:news' } as Record<string, unknown> };
    addCdnTagHeaders(value);
    expect(value.headers['cache-tag']).toBe('content,content:news');
    expect(value.headers['surrogate-key']).toBe('content content:news');
    const untagged = { kind: 'APP_PAGE', headers: {} as Record<string, unknown> };
    addCdnTagHeaders(untagged);
    expect(untagged.headers).toEqual({});
  });
});

describe('CDN purge (lib/cdn)', () => {
  it('calls nothing without configuration', async () => {
    expect(configuredCdns(parseEnv({}))).toEqual([]);
    expect(await purgeCdnTags(TAGS, parseEnv({}))).toEqual([]);
    expect(cdn.calls).toEqual([]);
  });

  it('refuses half a configuration at start-up', () => {
    expect(() => parseEnv({ CLOUDFLARE_ZONE_ID: 'zone-1' })).toThrow(/CLOUDFLARE_API_TOKEN is required with CLOUDFLARE_ZONE_ID/);
    expect(() => parseEnv({ FASTLY_API_TOKEN: 'x' })).toThrow(/FASTLY_SERVICE_ID is required with FASTLY_API_TOKEN/);
  });

  /** The one request a purge of TAGS sent, after checking it was one POST to `path`. */
  async function onePurge(config: Env, name: CdnName, path: string): Promise<CdnCall> {
    expect(await purgeCdnTags(TAGS, config)).toEqual([{ cdn: name, ok: true }]);
    expect(cdn.calls).toHaveLength(1);
    const [call] = cdn.calls;
    expect(call!.method).toBe('POST');
    expect(call!.path).toBe(path);
    return call!;
  }

  it('purges exactly the changed tags at Cloudflare, by tag, with the bearer token', async () => {
    const call = await onePurge(cloudflare(), 'cloudflare', '/client/v4/zones/zone-1/purge_cache');
    expect(call.headers.authorization).toBe('Bearer cf-token');
    expect(call.headers['content-type']).toBe('application/json');
    expect(JSON.parse(call.body)).toEqual({ tags: TAGS });
  });

  it('purges exactly the changed keys at Fastly, soft, in one batch request', async () => {
    const call = await onePurge(fastly(), 'fastly', '/service/svc-1/purge');
    expect(call.headers['fastly-key']).toBe('fastly-token');
    expect(call.headers['surrogate-key']).toBe(TAGS.join(' '));
    expect(call.headers['fastly-soft-purge']).toBe('1');
  });

  it('splits more tags than Cloudflare takes at once into several requests', async () => {
    const many = Array.from({ length: 45 }, (_, i) => `content:entry:e${i}`);
    await purgeCdnTags(many, cloudflare());
    expect(cdn.calls.map((c) => (JSON.parse(c.body) as { tags: string[] }).tags.length)).toEqual([30, 15]);
  });

  it('reports a refused purge without throwing or logging the token', async () => {
    cdn.failWith(403);
    const outcomes = await purgeCdnTags(TAGS, cloudflare());
    expect(outcomes).toEqual([{ cdn: 'cloudflare', ok: false, status: 403, error: '10000' }]);
    expect(JSON.stringify(outcomes)).not.toContain('cf-token');
  });

  it('reports an unreachable CDN as a failure', async () => {
    const outcomes = await purgeCdnTags(TAGS, parseEnv({ FASTLY_SERVICE_ID: 'svc-1', FASTLY_API_TOKEN: 't', FASTLY_API_URL: 'http://127.0.0.1:9' }));
    expect(outcomes).toMatchObject([{ cdn: 'fastly', ok: false }]);
  });
});
