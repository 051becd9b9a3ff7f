import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDb, type Db } from '@/lib/db';

/** The machine's Postgres; every test file gets its own schema, dropped afterwards. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function uniqueSchema(prefix = 't'): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function openTestPostgres(): Promise<{ db: Db; schema: string; cleanup: () => Promise<void> }> {
  const schema = uniqueSchema();
  const db = await openDb({ databaseUrl: TEST_DATABASE_URL, dataDir: '.data', schema });
  return {
    db,
    schema,
    cleanup: async () => {
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.close();
    },
  };
}

export async function openTestPglite(): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-pglite-'));
  const db = await openDb({ dataDir: dir });
  return {
    db,
    cleanup: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Both database backends the app runs on, for `describe.each`: each flow is tested on both. */
export const BACKENDS = [
  ['Postgres', openTestPostgres],
  ['PGlite', openTestPglite],
] as const;

/**
 * A test database for the tests around the call: opened (by `open`, the machine's Postgres unless
 * told) before them, dropped after. Read `.db` inside a test.
 */
export function testDb(open: () => Promise<{ db: Db; cleanup: () => Promise<void> }> = openTestPostgres, timeoutMs?: number): { readonly db: Db } {
  let opened: { db: Db; cleanup: () => Promise<void> } | null = null;
  beforeAll(async () => {
    opened = await open();
  }, timeoutMs);
  afterAll(async () => {
    await opened?.cleanup();
  });
  return {
    get db() {
      if (!opened) throw new Error('testDb: the database opens in beforeAll; read .db inside a test');
      return opened.db;
    },
  };
}
