import 'server-only';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';

export interface LimitRule {
  /** Unique name; with CACHE_KEY_PREFIX, the key prefix in Redis. */
  name: string;
  points: number;
  durationSeconds: number;
}

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

let redisClient: import('ioredis').default | null = null;

async function redis() {
  if (!env.REDIS_URL) return null;
  if (!redisClient) {
    const { default: Redis } = await import('ioredis');
    // A slow Redis must cost the insurance limiter's answer within a second, never a hung form post.
    redisClient = new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false, connectTimeout: 2_000, commandTimeout: 1_000 });
    redisClient.on('error', (error: Error) => log('warn', 'redis.error', { message: error.message }));
  }
  return redisClient;
}

// Next bundles route handlers and pages separately, each with its own copy of this module; one map
// on globalThis keeps a single in-memory count per rule per process (as lib/db does for the database).
const SHARED = Symbol.for('fixthecms.rate-limiters');
const slot = globalThis as { [SHARED]?: Map<string, Promise<RateLimiterAbstract>> };
const limiters = (slot[SHARED] ??= new Map<string, Promise<RateLimiterAbstract>>());

async function limiterFor(rule: LimitRule): Promise<RateLimiterAbstract> {
  let limiter = limiters.get(rule.name);
  if (!limiter) {
    limiter = (async () => {
      const client = await redis();
      // The site's prefix keeps two sites (or staging and live) on one Redis from spending each other's allowance.
      const opts = { keyPrefix: `${env.CACHE_KEY_PREFIX}:rl:${rule.name}`, points: rule.points, duration: rule.durationSeconds };
      // With Redis, several instances share one count; the memory limiter covers Redis outages.
      return client
        ? new RateLimiterRedis({ ...opts, storeClient: client, insuranceLimiter: new RateLimiterMemory(opts) })
        : new RateLimiterMemory(opts);
    })();
    limiters.set(rule.name, limiter);
  }
  return limiter;
}

/** Spends one point for `key` under `rule`. Keys must already be hashed: they may reach Redis. */
export async function consume(rule: LimitRule, key: string, points = 1): Promise<LimitResult> {
  const limiter = await limiterFor(rule);
  try {
    await limiter.consume(key, points);
    return { allowed: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    log('error', 'rate_limit.error', { rule: rule.name, message: (error as Error).message });
    return { allowed: true };
  }
}
