import 'server-only';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { openPglite, openPostgres } from './drivers';
import { migrate } from './migrate';
import type { Db } from './types';

export type { Db, Queryable, QueryResult, Migration } from './types';
export { migrate } from './migrate';
export { openPglite, openPostgres } from './drivers';

export interface DbOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  schema?: string | undefined;
}

/** Opens Postgres when a URL is given, otherwise the embedded PGlite under the data folder; then migrates. */
export async function openDb(options: DbOptions): Promise<Db> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl, options.schema) : await openPglite(options.dataDir);
  const ran = await migrate(db);
  if (ran.length > 0) log('info', 'db.migrated', { kind: db.kind, migrations: ran });
  return db;
}

// Next bundles route handlers and pages separately, each with its own copy of this module; a
// module-level variable would open PGlite twice on one folder, and the two would not see each
// other's writes. One slot on globalThis keeps a single database per process.
const SHARED = Symbol.for('fixthecms.db');
const slot = globalThis as { [SHARED]?: Promise<Db> | null };

/** The process-wide database, opened and migrated on first use. */
export function getDb(): Promise<Db> {
  slot[SHARED] ??= openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, schema: env.DATABASE_SCHEMA }).catch((error: unknown) => {
    slot[SHARED] = null;
    throw error;
  });
  return slot[SHARED];
}
