import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import RedisCacheHandler, { closeRedisClient, deserialize, serialize } from '@/lib/cache/redis-cache-handler.mjs';

/**
 * Two cache handlers sharing the machine's Redis, as two instances of the site would. The
 * invalidating instance runs in a child process, so nothing in this process's memory (Next's
 * tag manifest, the handler's module state) can carry the invalidation: only Redis can.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `test-cache-${process.pid}-${Date.now().toString(36)}`;
const handlerPath = path.resolve('lib/cache/redis-cache-handler.mjs');
const require = createRequire(import.meta.url);
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js');
const { areTagsStale } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

type Handler = InstanceType<typeof RedisCacheHandler>;
let distDir: string;
const saved = { REDIS_URL: process.env.REDIS_URL, CACHE_KEY_PREFIX: process.env.CACHE_KEY_PREFIX, BUILD_ID: process.env.BUILD_ID };

function handler(): Handler {
  return new RedisCacheHandler({ fs: nodeFs, serverDistDir: path.join(distDir, 'server'), flushToDisk: true, revalidatedTags: [], _requestHeaders: {} });
}

/** revalidateTag on another instance: a separate Node process with its own memory. */
async function revalidateElsewhere(tag: string, durations?: { expire?: number }) {
  const script = `const { default: H, closeRedisClient } = await import(${JSON.stringify(handlerPath)});
    await new H({ serverDistDir: ${JSON.stringify(path.join(distDir, 'server'))}, revalidatedTags: [], _requestHeaders: {} })
      .revalidateTag(${JSON.stringify(tag)}, ${JSON.stringify(durations)});
    await closeRedisClient();`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, REDIS_URL, CACHE_KEY_PREFIX: PREFIX, LOG_LEVEL: 'silent' },
  });
}

const fetchEntry = (body: string) => ({
  kind: 'FETCH' as const,
  data: { headers: {}, body: JSON.stringify(body), status: 200, url: '' },
  revalidate: 3600,
});
const fetchCtx = (tags: string[]) => ({ kind: 'FETCH', tags, softTags: ['_N_T_/layout'], revalidate: 3600, fetchIdx: 0, fetchUrl: 'unstable_cache' });
const setCtx = (tags: string[]) => ({ fetchCache: true, tags, fetchIdx: 0, fetchUrl: 'unstable_cache' });

beforeAll(() => {
  distDir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-cache-'));
  Object.assign(process.env, { REDIS_URL, CACHE_KEY_PREFIX: PREFIX, BUILD_ID: 'test-build' });
});

afterAll(async () => {
  await closeRedisClient();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(distDir, { recursive: true, force: true });
});

const notFoundPage = {
  kind: 'APP_PAGE',
  html: '<h1>Page not found</h1>',
  rscData: Buffer.from('404'),
  segmentData: new Map<string, Buffer>(),
  headers: { 'x-next-cache-tags': 'content,_N_T_/news/made-up-slug' },
  status: 404,
};

describe('Redis cache handler shared by two instances', () => {
  it('serves an entry written by one instance to another, with its buffers and maps intact', async () => {
    const page = {
      kind: 'APP_PAGE',
      html: '<p>hi</p>',
      rscData: Buffer.from([0, 1, 254, 255]),
      segmentData: new Map([['/_index', Buffer.from('segment')]]),
      headers: { 'x-next-cache-tags': 'content,_N_T_/' },
      status: 200,
    };
    await handler().set('/route-cache/APP_PAGE/abc/$/index', page, { cacheControl: { revalidate: 3600, expire: undefined } });
    const got = await handler().get('/route-cache/APP_PAGE/abc/$/index', { kind: 'APP_PAGE', isFallback: false });
    expect(got?.value).toEqual(page);
    expect(Buffer.isBuffer((got?.value as typeof page).rscData)).toBe(true);
    expect((got?.value as typeof page).segmentData.get('/_index')?.toString()).toBe('segment');
    expect(got?.cacheControl).toEqual({ revalidate: 3600 });
  });

  it('does not store a not-found page, so made-up URLs cannot grow the shared cache', async () => {
    const key = '/route-cache/APP_PAGE/abc/$/news/made-up-slug';
    await handler().set(key, notFoundPage, { cacheControl: { revalidate: 3600, expire: undefined } });
    expect(await handler().get(key, { kind: 'APP_PAGE', isFallback: false })).toBeNull();
    const redis = new Redis(REDIS_URL);
    expect(await redis.keys(`${PREFIX}:*made-up-slug*`)).toEqual([]);
    await redis.quit();
  });

  it('misses on instance B after instance A expires one of the entry’s tags', async () => {
    const b = handler();
    await b.set('stats', fetchEntry('old stats'), setCtx(['content', 'content:stats']));
    await b.set('news', fetchEntry('news'), setCtx(['content', 'content:news']));
    expect((await b.get('stats', fetchCtx(['content', 'content:stats'])))?.value).toEqual(fetchEntry('old stats'));

    await revalidateElsewhere('content:stats', { expire: 0 });

    expect(await handler().get('stats', fetchCtx(['content', 'content:stats']))).toBeNull();
    expect((await handler().get('news', fetchCtx(['content', 'content:news'])))?.value).toEqual(fetchEntry('news'));
  });

  it('treats a page as expired when a tag from its cache-tags header was expired elsewhere', async () => {
    const page = { kind: 'APP_PAGE', html: 'x', headers: { 'x-next-cache-tags': 'content:research,_N_T_/research' }, status: 200 };
    await handler().set('/route-cache/APP_PAGE/def/$/research', page, { cacheControl: { revalidate: 3600 } });
    await revalidateElsewhere('content:research', { expire: 0 });
    expect(await handler().get('/route-cache/APP_PAGE/def/$/research', { kind: 'APP_PAGE', isFallback: false })).toBeNull();
  });

  it('keeps entries written after the invalidation', async () => {
    await revalidateElsewhere('content:timeline', { expire: 0 });
    await new Promise((r) => setTimeout(r, 5));
    await handler().set('timeline', fetchEntry('new timeline'), setCtx(['content:timeline']));
    expect((await handler().get('timeline', fetchCtx(['content:timeline'])))?.value).toEqual(fetchEntry('new timeline'));
  });

  it('passes a stale-while-revalidate invalidation on to Next as stale, still serving the entry', async () => {
    await handler().set('asks', fetchEntry('asks'), setCtx(['content:asks']));
    const { lastModified } = (await handler().get('asks', fetchCtx(['content:asks'])))!;
    expect(areTagsStale(['content:asks'], lastModified)).toBe(false);
    await revalidateElsewhere('content:asks', { expire: 3600 });
    const got = await handler().get('asks', fetchCtx(['content:asks']));
    expect(got?.value).toEqual(fetchEntry('asks'));
    expect(areTagsStale(['content:asks'], got!.lastModified)).toBe(true);
  });

  it('round-trips binary values through its serialisation', () => {
    const value = { a: new Uint8Array([1, 2, 3]), m: new Map([['k', { b: Buffer.from('z') }]]), s: 'text' };
    const back = deserialize(serialize(value));
    expect(Buffer.from(back.a)).toEqual(Buffer.from([1, 2, 3]));
    expect(back.m.get('k').b.toString()).toBe('z');
    expect(back.s).toBe('text');
  });
});

describe('without REDIS_URL', () => {
  it('is Next’s own filesystem cache, local to the instance', async () => {
    delete process.env.REDIS_URL;
    try {
      const local = handler();
      await local.set('solo', fetchEntry('solo'), setCtx(['content:pages']));
      expect((await handler().get('solo', fetchCtx(['content:pages'])))?.value).toMatchObject(fetchEntry('solo'));
      const redis = new Redis(REDIS_URL);
      expect(await redis.keys(`${PREFIX}:*solo*`)).toEqual([]);
      await redis.quit();
    } finally {
      process.env.REDIS_URL = REDIS_URL;
    }
  });

  it('writes no file for a not-found page, so made-up URLs cannot fill the disk', async () => {
    delete process.env.REDIS_URL;
    try {
      const key = '/route-cache/APP_PAGE/abc/$/wp-login.php';
      await handler().set(key, notFoundPage, { cacheControl: { revalidate: 3600, expire: undefined } });
      expect(await handler().get(key, { kind: 'APP_PAGE', isFallback: false })).toBeNull();
      expect(readdirSync(distDir, { recursive: true }).filter((f) => String(f).includes('wp-login'))).toEqual([]);
      const found = { ...notFoundPage, status: 200 };
      await handler().set('/route-cache/APP_PAGE/abc/$/about', found, { cacheControl: { revalidate: 3600, expire: undefined } });
      expect(readdirSync(distDir, { recursive: true }).filter((f) => String(f).includes('about'))).not.toEqual([]);
    } finally {
      process.env.REDIS_URL = REDIS_URL;
    }
  });
});
