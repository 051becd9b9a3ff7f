import { DRAFT_COOKIE } from '../../lib/security/draft-policy.mjs';
import { expect, test } from '@playwright/test';
import { startEdge, startOriginTap } from '../support/edge.mjs';
import { startFakeCdn } from '../support/fake-cdn';
import { field, publishedOfType } from '../support/seed';
import { BASE_PORT, getHtml, payloads, postWebhook, startHarness, timeUntilServed, type Harness } from './support/publish-harness';

/**
 * The shipped edge configuration (deploy/nginx) in Debian's nginx on loopback, in front of the
 * image in Contentful mode, with a counting tap between them: what it keeps, what it never keeps,
 * collapsed misses, stale copies while revalidating and while the origin is down, and how soon a
 * publish shows through it; and the CDN purge the webhook sends (to a loopback fake of both APIs).
 */
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const OFFSET = 20;
const [stat] = publishedOfType('campaignStat');
let h: Harness;
let tap: Awaited<ReturnType<typeof startOriginTap>>;
let edge: Awaited<ReturnType<typeof startEdge>>;
let cdn: Awaited<ReturnType<typeof startFakeCdn>>;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  cdn = await startFakeCdn(BASE_PORT + OFFSET + 4);
  h = await startHarness(OFFSET, {
    CLOUDFLARE_ZONE_ID: 'e2e-zone',
    CLOUDFLARE_API_TOKEN: 'e2e-cloudflare-token',
    CLOUDFLARE_API_URL: cdn.url,
    FASTLY_SERVICE_ID: 'e2e-service',
    FASTLY_API_TOKEN: 'e2e-fastly-token',
    FASTLY_API_URL: cdn.url,
  });
  const originPort = Number(new URL(h.site.url).port);
  tap = await startOriginTap({ port: BASE_PORT + OFFSET + 2, originPort });
  edge = await startEdge({ port: BASE_PORT + OFFSET + 3, originPort: BASE_PORT + OFFSET + 2 });
});
test.afterAll(async () => {
  await edge?.stop();
  await tap?.stop();
  await h?.stop();
  await cdn?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${edge.url}${path}`, { headers, signal: AbortSignal.timeout(15_000) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('concurrent misses for a page collapse into one origin request; then it is a hit', async () => {
  const responses = await Promise.all(Array.from({ length: 40 }, () => get('/news')));
  expect(responses.map((r) => r.status)).toEqual(Array(40).fill(200));
  expect(tap.count('/news')).toBe(1);
  const again = await get('/news');
  expect(again.headers.get('x-edge-cache')).toBe('HIT');
  expect(tap.count('/news')).toBe(1);
  // The origin's headers pass through unchanged, compressed here when the reader accepts it.
  expect(again.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
  expect(again.headers.get('strict-transport-security')).toMatch(/^max-age=/);
  const gzip = await get('/news', { 'accept-encoding': 'gzip' });
  expect(gzip.headers.get('content-encoding')).toBe('gzip');
});

test('random query strings do not get past the cache for pages', async () => {
  await get('/research');
  await Promise.all([get('/research?a=1'), get('/research?utm_source=x'), get('/research?b=2')]);
  expect(tap.count('/research') + tap.count('/research?a=1') + tap.count('/research?utm_source=x') + tap.count('/research?b=2')).toBe(1);
});

test('never kept: draft mode, personal links, POSTs, API routes, Set-Cookie and private responses', async () => {
  const twice = async (path: string, init: RequestInit = {}) => {
    for (let i = 0; i < 2; i++) await fetch(`${edge.url}${path}`, { ...init, signal: AbortSignal.timeout(15_000) });
    return tap.count(path);
  };
  // The site's own draft cookie name, so renaming it without the edge config fails here.
  expect(await twice('/timeline', { headers: { cookie: `${DRAFT_COOKIE}=editor` } })).toBe(2);
  expect(await twice('/donate/manage?token=not-a-real-token')).toBe(2);
  expect(await twice('/unsubscribe?token=abc')).toBe(2);
  expect(await twice('/newsletter/confirm?token=abc')).toBe(2);
  expect(await twice('/api/health')).toBe(2);
  expect(await twice('/get-involved', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' })).toBe(2);
  // The origin never does this on a public page; the edge must not keep it if it ever does.
  tap.tamper('/asks', { 'set-cookie': 'tracker=1; Path=/' });
  expect(await twice('/asks')).toBe(2);
  tap.tamper('/cookies', { 'cache-control': 'private, no-store' });
  expect(await twice('/cookies')).toBe(2);
});

test('serves a stale copy while it revalidates, and while the origin is down', async () => {
  const first = await getHtml(`${edge.url}/privacy`);
  expect(first.status).toBe(200);
  await sleep(1_500);
  const stale = await get('/privacy');
  expect(stale.status).toBe(200);
  expect(['STALE', 'UPDATING', 'REVALIDATED', 'HIT']).toContain(stale.headers.get('x-edge-cache'));
  await tap.down();
  try {
    await sleep(1_500);
    for (let i = 0; i < 5; i++) {
      const res = await get('/privacy');
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(first.html);
    }
  } finally {
    await tap.up();
  }
});

test('a publish is visible through the edge within 5 seconds of the webhook', async () => {
  const label = 'Label changed for the edge publish test';
  const before = await getHtml(`${edge.url}/`);
  expect(before.html).not.toContain(label);
  h.fake.overrideFields(stat!.sys.id, { label });
  const started = Date.now();
  expect((await postWebhook(h.site.url, 'ContentManagement.Entry.publish', payloads.publish(stat!.sys.id, 'campaignStat', { label }))).status).toBe(200);
  const ms = await timeUntilServed(`${edge.url}/`, label, started);
  console.log(`publish-to-edge: ${ms} ms`);
  test.info().annotations.push({ type: 'publish-to-edge-ms', description: String(ms) });
  expect(ms).toBeLessThan(5_000);
  expect(field(stat!, 'label')).not.toBe(label);

  // The page rendered after the publish carries its content tags for a CDN, as cached ones do.
  const fresh = await fetch(`${h.site.url}/`);
  expect(fresh.headers.get('cache-tag')?.split(',')).toEqual(expect.arrayContaining(['content:stats', 'content:settings']));
  expect(fresh.headers.get('surrogate-key')?.split(' ')).toEqual(expect.arrayContaining(['content:stats', 'content:settings']));
});

test('the webhook purges exactly the tags it revalidated at each configured CDN, after revalidating', async () => {
  cdn.calls.length = 0;
  const body = payloads.publish(stat!.sys.id, 'campaignStat');
  const res = await postWebhook(h.site.url, 'ContentManagement.Entry.publish', body);
  const { revalidated } = (await res.json()) as { revalidated: string[] };
  await expect.poll(() => cdn.calls.length, { timeout: 10_000 }).toBe(2);
  const cloudflare = cdn.calls.find((c) => c.path === '/client/v4/zones/e2e-zone/purge_cache')!;
  expect(cloudflare.headers.authorization).toBe('Bearer e2e-cloudflare-token');
  expect(JSON.parse(cloudflare.body)).toEqual({ tags: revalidated });
  const fastly = cdn.calls.find((c) => c.path === '/service/e2e-service/purge')!;
  expect(fastly.headers['fastly-key']).toBe('e2e-fastly-token');
  expect(fastly.headers['surrogate-key']).toBe(revalidated.join(' '));
  expect(revalidated).toEqual(expect.arrayContaining(['content:stats']));
  // A refused webhook purges nothing.
  cdn.calls.length = 0;
  expect((await postWebhook(h.site.url, 'ContentManagement.Entry.publish', body, { secret: 'wrong' })).status).toBe(401);
  await sleep(500);
  expect(cdn.calls).toEqual([]);
});
