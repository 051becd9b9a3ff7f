import pg from 'pg';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_DATABASE_URL, uniqueSchema } from '../support/db';

/** The route reads the environment once at import, so each case imports it afresh. */
async function healthWith(env: Record<string, string>) {
  vi.resetModules();
  // lib/db keeps one database per process on globalThis; each case needs its own.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('fixthecms.db')];
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { GET } = await import('@/app/api/health/route');
  return GET();
}

const schema = uniqueSchema('health');

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('GET /api/health', () => {
  it('answers 200 ok, uncached, when the database answers', async () => {
    const res = await healthWith({ DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, LOG_LEVEL: 'silent' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 503 without saying why when the database is unreachable', async () => {
    const res = await healthWith({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere', LOG_LEVEL: 'silent' });
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ status: 'unavailable' });
    expect(text).not.toMatch(/postgres|127\.0\.0\.1|ECONNREFUSED/i);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
