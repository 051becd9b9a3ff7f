import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

describe('scale-out settings', () => {
  it('defaults the cache key prefix and leaves schema and build ID unset', () => {
    const env = parseEnv({});
    expect(env.CACHE_KEY_PREFIX).toBe('fixthecms');
    expect(env.DATABASE_SCHEMA).toBeUndefined();
    expect(env.BUILD_ID).toBeUndefined();
  });

  it('refuses a schema name that would need quoting in SQL', () => {
    expect(() => parseEnv({ DATABASE_SCHEMA: 'a; DROP SCHEMA public' })).toThrow(EnvError);
    expect(parseEnv({ DATABASE_SCHEMA: 'site_staging' }).DATABASE_SCHEMA).toBe('site_staging');
  });

  it('refuses cache prefixes and build IDs with spaces or wildcards', () => {
    expect(() => parseEnv({ CACHE_KEY_PREFIX: 'a b' })).toThrow(/CACHE_KEY_PREFIX/);
    expect(() => parseEnv({ BUILD_ID: 'abc*' })).toThrow(/BUILD_ID/);
  });
});
