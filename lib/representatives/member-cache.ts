import type Redis from 'ioredis';

/**
 * Where MPs' contact details are kept for a day, shared by every instance when Redis is set.
 * Keys are member ids only: a postcode is never a key, here or anywhere else.
 */
export interface MemberCache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
}

export const MEMBER_DETAILS_TTL_SECONDS = 24 * 3600;

/** One process's cache: bounded, oldest entry evicted first. */
export function memoryMemberCache(maxEntries = 2_000): MemberCache {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  return {
    async get(key) {
      const hit = entries.get(key);
      if (!hit) return null;
      if (hit.expiresAt <= Date.now()) {
        entries.delete(key);
        return null;
      }
      return hit.value;
    },
    async set(key, value, ttlSeconds) {
      entries.delete(key);
      entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}

/** Redis under the site's cache prefix. A slow or absent Redis costs a cache miss, never a failed lookup. */
export function redisMemberCache(client: Redis, prefix: string, onError: (error: Error) => void = () => {}): MemberCache {
  const full = (key: string) => `${prefix}:representatives:${key}`;
  return {
    async get(key) {
      try {
        return await client.get(full(key));
      } catch (error) {
        onError(error as Error);
        return null;
      }
    },
    async set(key, value, ttlSeconds) {
      try {
        await client.set(full(key), value, 'EX', ttlSeconds);
      } catch (error) {
        onError(error as Error);
      }
    },
  };
}
