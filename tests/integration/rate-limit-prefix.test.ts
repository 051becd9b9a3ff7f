import Redis from 'ioredis';
import { afterAll, describe, expect, it, vi } from 'vitest';

const PREFIX = vi.hoisted(() => {
  const prefix = `t${process.pid}x${Date.now().toString(36)}`;
  process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  process.env.CACHE_KEY_PREFIX = prefix;
  return prefix;
});

const { consume } = await import('@/lib/rate-limit');
const redis = new Redis(process.env.REDIS_URL!);
afterAll(async () => {
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('rate-limit keys in Redis', () => {
  it("carry the site's CACHE_KEY_PREFIX, so two sites on one Redis keep separate allowances", async () => {
    const rule = { name: 'prefix-test', points: 1, durationSeconds: 60 };
    // The limiter's connection opens on first use; until it is up the in-memory insurance limiter answers.
    await consume({ ...rule, name: 'prefix-warm-up' }, 'warm-up');
    await new Promise((r) => setTimeout(r, 500));
    expect(await consume(rule, 'client-a')).toEqual({ allowed: true });
    expect((await consume(rule, 'client-a')).allowed).toBe(false);
    expect(await redis.keys(`${PREFIX}:rl:prefix-test:*`)).toEqual([`${PREFIX}:rl:prefix-test:client-a`]);
    // Another site's counter for the same rule and client is its own.
    expect(await redis.exists('rl:prefix-test:client-a')).toBe(0);
  });
});
