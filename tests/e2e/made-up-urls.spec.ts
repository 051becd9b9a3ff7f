import { expect, test } from '@playwright/test';
import Redis from 'ioredis';
import { fakeContentfulEnv, startFakeContentful, type FakeContentful } from '../support/fake-contentful';
import { field, publishedNewsBySlug, publishedOfType } from '../support/seed';
import { startImage as startSite, type ImageServer as SiteServer } from '../support/image-server';
import { E2E_ENV } from './env';

/**
 * Made-up values under every dynamic route, against the built site in Contentful mode with the
 * shared Redis cache: each is a 404 that sends Contentful nothing and adds no cache entry.
 */
test.describe.configure({ mode: 'serial' });

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const PREFIX = `madeup${process.pid}x${Date.now().toString(36)}`;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const article = publishedNewsBySlug().find((a) => a.tags.length > 0)!;
const page = publishedOfType('page')[0]!;

let fake: FakeContentful;
let site: SiteServer;
let redis: Redis;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fake = await startFakeContentful(BASE_PORT + 12);
  site = await startSite(BASE_PORT + 11, {
    ...E2E_ENV,
    DATA_DIR: '.data/e2e-made-up',
    ...fakeContentfulEnv(fake.url),
    REDIS_URL,
    CACHE_KEY_PREFIX: PREFIX,
  });
  redis = new Redis(REDIS_URL);
});

test.afterAll(async () => {
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await Promise.all([site?.stop(), fake?.close()]);
});

const status = async (path: string) => (await fetch(`${site.url}${path}`, { redirect: 'manual' })).status;

test('made-up slugs, tags, page numbers and image routes are 404s that store nothing and ask Contentful nothing', async () => {
  test.setTimeout(120_000);
  const tag = encodeURIComponent(article.tags[0]!);
  // The real pages first, so the lists a 404 is decided from are cached, as on a live site.
  const real = ['/news', `/news/tag/${tag}`, `/news/${article.slug}`, `/news/${article.slug}/opengraph-image`, '/research', '/asks', `/${field(page, 'slug')}`];
  for (const path of real) {
    expect(await status(path), path).toBe(200);
  }
  const paths = (madeUp: string) => [
    `/news/${madeUp}`,
    `/news/${madeUp}/opengraph-image`,
    `/news/tag/${madeUp}`,
    `/news/tag/${madeUp}/page/2`,
    `/news/tag/${tag}/page/${900 + madeUp.length}`,
    `/news/page/${900 + madeUp.length}`,
    `/news/tag/%25${madeUp}`,
    `/research/${madeUp}`,
    `/asks/${madeUp}`,
    `/${madeUp}`,
  ];
  // The prerendered pages answer without reading the lists, so the first made-up URLs read (and
  // cache) the real lists they are checked against. From then on, each new made-up value must
  // add nothing and ask Contentful nothing.
  for (const path of paths('made-up-first')) expect(await status(path), path).toBe(404);
  for (const round of ['made-up-second', 'made-up-third-one']) {
    const keysBefore = await redis.keys(`${PREFIX}:*`);
    const asked = fake.requests.length;
    for (const path of paths(round)) expect(await status(path), path).toBe(404);
    const added = (await redis.keys(`${PREFIX}:*`)).filter((key) => !keysBefore.includes(key));
    expect(added, 'cache entries added').toEqual([]);
    expect(fake.requests.slice(asked).map((r) => r.path), 'Contentful requests').toEqual([]);
  }
});
