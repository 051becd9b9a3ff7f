import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openPostgres } from '@/lib/db';
import { migrations } from '@/lib/db/migrations';
import { openTestPglite, openTestPostgres, TEST_DATABASE_URL, uniqueSchema } from '../support/db';

describe('migrations on Postgres', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it('applies every migration once and records it', async () => {
    const { db, cleanup } = await openTestPostgres();
    cleanups.push(cleanup);
    const { rows } = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
    expect(await migrate(db)).toEqual([]);
  });

  it('lets two instances start at once without applying anything twice', async () => {
    const schema = uniqueSchema();
    const [a, b] = await Promise.all([openPostgres(TEST_DATABASE_URL, schema), openPostgres(TEST_DATABASE_URL, schema)]);
    const [ranA, ranB] = await Promise.all([migrate(a), migrate(b)]);
    expect([...ranA, ...ranB].sort()).toEqual(migrations.map((m) => m.id).sort());
    const { rows } = await a.query<{ n: string }>('SELECT count(*)::text AS n FROM schema_migrations');
    expect(Number(rows[0]?.n)).toBe(migrations.length);
    await a.query(`DROP SCHEMA ${schema} CASCADE`);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('migrations on PGlite', () => {
  // PGlite's first open compiles its WASM Postgres: seconds when idle, far more on a busy CI box.
  it('applies the same migrations to the embedded database', { timeout: 120_000 }, async () => {
    const { db, cleanup } = await openTestPglite();
    try {
      const { rows } = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
      expect(rows.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
      expect(db.kind).toBe('pglite');
    } finally {
      await cleanup();
    }
  });
});
