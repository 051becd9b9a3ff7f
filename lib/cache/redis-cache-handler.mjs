// Next's incremental cache (ISR pages, route handlers, `unstable_cache`) shared through Redis, so
// several instances serve the same entries and a `revalidateTag` on one is seen by all of them.
// Without REDIS_URL (and always during `next build`) it is Next's own filesystem + memory cache.
//
// Loaded by Next outside the app bundle (plain Node ESM), so it reads process.env directly; the
// variables are validated with the others in lib/env.ts when next.config.ts loads.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { log } from '../log.mjs';
import { addCdnTagHeaders } from './cdn-tags.mjs';

const require = createRequire(import.meta.url);
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
// The same module instance Next's IncrementalCache consults for tag staleness.
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

const TAGS_HEADER = 'x-next-cache-tags';
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);
// Entries whose lifetime is unbounded still leave Redis eventually; an old build's keys age out too.
const DEFAULT_TTL_SECONDS = 7 * 24 * 3600;

let client = null;

/** One connection per process: Next creates a handler per request. */
export function redisClient() {
  if (client) return client;
  const Redis = require('ioredis');
  client = new Redis(process.env.REDIS_URL, {
    // A slow or absent Redis must cost a cache miss, never a hung page.
    commandTimeout: 1_000,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    enableAutoPipelining: true,
  });
  client.on('error', (error) => log('error', 'cache.redis_error', { code: error.code ?? error.name }));
  return client;
}

/** Closes the shared connection (tests and graceful shutdown). */
export async function closeRedisClient() {
  if (!client) return;
  const c = client;
  client = null;
  await c.quit().catch(() => c.disconnect());
}

// Entries hold Buffers (rscData, route bodies) and Maps (segmentData) that JSON alone would mangle.
export function serialize(value) {
  return JSON.stringify(value, function replacer(key, v) {
    const raw = this[key];
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    if (ArrayBuffer.isView(raw)) return { $buf: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
    return v;
  });
}

export function deserialize(text) {
  return JSON.parse(text, (_key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (typeof v.$buf === 'string') return Buffer.from(v.$buf, 'base64');
      if (Array.isArray(v.$map)) return new Map(v.$map);
    }
    return v;
  });
}

function entryTags(key, value, ctx) {
  if (!value) return [];
  if (value.kind === 'FETCH') return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

function ttlSeconds(data, ctx) {
  const expire = ctx?.cacheControl?.expire;
  const revalidate = ctx?.cacheControl?.revalidate ?? data?.revalidate;
  const seconds = typeof expire === 'number' ? expire : typeof revalidate === 'number' ? revalidate * 24 : DEFAULT_TTL_SECONDS;
  return Math.max(60, Math.min(Math.ceil(seconds), DEFAULT_TTL_SECONDS));
}

/**
 * Pages for paths that do not exist are rendered again on each request instead of cached. Every
 * made-up URL under a dynamic route (`/wp-login.php`, `/news/<anything>`) would otherwise become a
 * cache entry of about 50 KB, on disk or in Redis, so scanners and anyone wanting to fill the disk
 * could grow the cache without limit. Their render is cheap: the content lists behind it are cached.
 * The build's own 404 page is written at build time and is left alone.
 */
function isRuntimeNotFoundPage(data) {
  // APP_ROUTE too: a generated image route (opengraph-image) answers 404 for a made-up slug.
  return (data?.kind === 'APP_PAGE' || data?.kind === 'APP_ROUTE') && data.status === 404 && process.env.NEXT_PHASE !== 'phase-production-build';
}

function readBuildId(serverDistDir) {
  if (process.env.BUILD_ID) return process.env.BUILD_ID;
  try {
    return readFileSync(path.join(serverDistDir ?? '.next/server', '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unknown-build';
  }
}

export default class RedisCacheHandler {
  constructor(ctx) {
    const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== 'phase-production-build';
    this.redis = shared ? redisClient() : null;
    // With Redis, the filesystem cache only supplies the build's prerendered pages on a first read:
    // no per-process memory copy that other instances could not invalidate, no writes to disk.
    this.local = new FileSystemCache(shared ? { ...ctx, maxMemoryCacheSize: 0, flushToDisk: false } : ctx);
    const prefix = process.env.CACHE_KEY_PREFIX || 'fixthecms';
    // Entries belong to one build (their HTML names its chunks); tag timestamps are absolute and shared by all.
    this.entryPrefix = `${prefix}:${readBuildId(ctx.serverDistDir)}:entry:`;
    this.tagsKey = `${prefix}:tags`;
  }

  async get(key, ctx) {
    const entry = await this.read(key, ctx);
    // Next sends an entry's stored headers with the page: these carry its content tags to a CDN.
    addCdnTagHeaders(entry?.value);
    return entry;
  }

  async read(key, ctx) {
    if (!this.redis) return this.local.get(key, ctx);
    let entry = null;
    try {
      const text = await this.redis.get(this.entryPrefix + key);
      entry = text ? deserialize(text) : null;
    } catch (error) {
      log('error', 'cache.get_failed', { code: error.code ?? error.name });
    }
    if (!entry && RESPONSE_KINDS.has(ctx?.kind)) entry = await this.local.get(key, ctx);
    if (!entry) return null;
    const tags = entryTags(key, entry.value, ctx);
    return (await this.isExpired(tags, entry.lastModified)) ? null : entry;
  }

  /**
   * Copies the shared invalidation times of `tags` into this process's tag manifest, so Next's own
   * stale-while-revalidate logic sees them, and reports whether any expired after `lastModified`.
   */
  async isExpired(tags, lastModified) {
    if (tags.length === 0) return false;
    let stored;
    try {
      stored = await this.redis.hmget(this.tagsKey, ...tags.flatMap((tag) => [`stale:${tag}`, `expired:${tag}`]));
    } catch (error) {
      log('error', 'cache.tags_failed', { code: error.code ?? error.name });
      return false;
    }
    const now = Date.now();
    let expired = false;
    tags.forEach((tag, i) => {
      const staleAt = Number(stored[2 * i] ?? 0);
      const expiredAt = Number(stored[2 * i + 1] ?? 0);
      if (!staleAt && !expiredAt) return;
      const local = tagsManifest.get(tag) ?? {};
      tagsManifest.set(tag, {
        stale: Math.max(local.stale ?? 0, staleAt) || undefined,
        expired: Math.max(local.expired ?? 0, expiredAt) || undefined,
      });
      if (expiredAt && expiredAt <= now && expiredAt > lastModified) expired = true;
    });
    return expired;
  }

  async set(key, data, ctx) {
    // The same headers object is sent with a page rendered just now, after this returns: a 404
    // too, so a CDN that keeps it can purge it when the page is first published.
    addCdnTagHeaders(data);
    if (isRuntimeNotFoundPage(data)) return;
    if (!this.redis) return this.local.set(key, data, ctx);
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl;
    const entry = { value: data, lastModified: Date.now(), cacheControl };
    try {
      await this.redis.set(this.entryPrefix + key, serialize(entry), 'EX', ttlSeconds(data, ctx));
    } catch (error) {
      log('error', 'cache.set_failed', { code: error.code ?? error.name });
    }
  }

  async revalidateTag(tagOrTags, durations) {
    const tags = typeof tagOrTags === 'string' ? [tagOrTags] : tagOrTags;
    // Keeps this instance consistent even if Redis is down.
    await this.local.revalidateTag(tags, durations);
    if (!this.redis || tags.length === 0) return;
    const now = Date.now();
    // Same rules as Next's filesystem cache: with durations the tag turns stale now and expires
    // after `expire` seconds; without, it expires now. Separate fields keep earlier times intact.
    const fields = tags.flatMap((tag) => {
      if (!durations) return [`expired:${tag}`, now];
      const expire = durations.expire === undefined ? [] : [`expired:${tag}`, now + durations.expire * 1000];
      return [`stale:${tag}`, now, ...expire];
    });
    try {
      await this.redis.hset(this.tagsKey, ...fields);
    } catch (error) {
      log('error', 'cache.revalidate_failed', { code: error.code ?? error.name });
    }
  }

  resetRequestCache() {}
}
