import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildClient, ContentConfigError, type ClientOptions } from '@/lib/content/core/client';
import { ContentUnavailableError, allEntries, fetchList } from '@/lib/content/core/entries';
import { statsList } from '@/lib/content/stats';
import { fetchLatestNews } from '@/lib/content/news';
import { FAKE_DELIVERY_TOKEN, FAKE_PREVIEW_TOKEN, FAKE_SPACE_ID, startFakeContentful, type FakeContentful } from '../support/fake-contentful';
import { publishedNewsBySlug } from '../support/seed';

let fake: FakeContentful;
let options: ClientOptions;

beforeAll(async () => {
  fake = await startFakeContentful();
  options = {
    mode: 'delivery',
    source: 'contentful',
    spaceId: FAKE_SPACE_ID,
    environment: 'master',
    deliveryToken: FAKE_DELIVERY_TOKEN,
    previewToken: FAKE_PREVIEW_TOKEN,
    cdaUrl: fake.url,
    cpaUrl: fake.url,
    retryLimit: 0,
    timeoutMs: 500,
  };
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('Contentful mode against a loopback Contentful', () => {
  it('sends authenticated CDA requests and maps the answers', async () => {
    const client = buildClient(options);
    const latest = await fetchLatestNews(client, 3);
    expect(latest.map((n) => n.slug)).toEqual(publishedNewsBySlug().slice(0, 3).map((n) => n.slug));
    const request = fake.requests.find((r) => r.path.endsWith('/entries'))!;
    expect(request.path).toBe(`/spaces/${FAKE_SPACE_ID}/environments/master/entries`);
    expect(request.authorization).toBe(`Bearer ${FAKE_DELIVERY_TOKEN}`);
    expect(request.query.content_type).toBe('newsArticle');
  });

  it('uses the preview token in preview mode', async () => {
    await fetchList(buildClient({ ...options, mode: 'preview' }), statsList);
    expect(fake.requests.at(-1)?.authorization).toBe(`Bearer ${FAKE_PREVIEW_TOKEN}`);
  });

  it('reports a server error quickly as ContentUnavailableError', async () => {
    fake.failWith(500);
    const started = Date.now();
    await expect(fetchLatestNews(buildClient(options), 3)).rejects.toThrow(ContentUnavailableError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a timeout as ContentUnavailableError', async () => {
    fake.delayBy(1500);
    await expect(fetchList(buildClient(options), statsList)).rejects.toThrow(/campaignStat failed/);
  });

  it('skips an entry that fails validation instead of failing the list', async () => {
    const [first, second] = publishedNewsBySlug();
    fake.overrideFields(first!.id, { title: '' });
    const latest = await fetchLatestNews(buildClient(options), 2);
    expect(latest.map((n) => n.slug)).toEqual([second!.slug]);
  });

  it('reads a whole list a page at a time, so no entry falls past the per-request limit', async () => {
    const client = buildClient(options);
    const order = { order: '-fields.publishDate,sys.id' };
    const all = await allEntries(client, 'newsArticle', order);
    fake.reset();
    const paged = await allEntries(client, 'newsArticle', order, 5);
    expect(all.length).toBeGreaterThan(10);
    expect(paged.map((e) => e.sys.id)).toEqual(all.map((e) => e.sys.id));
    const skips = fake.requests.filter((r) => r.path.endsWith('/entries')).map((r) => Number(r.query.skip));
    expect(skips).toEqual(Array.from({ length: Math.ceil(all.length / 5) }, (_, i) => i * 5));
  });

  it('refuses to build a client without credentials', () => {
    expect(() => buildClient({ ...options, deliveryToken: undefined })).toThrow(ContentConfigError);
  });
});
