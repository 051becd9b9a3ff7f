import 'server-only';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
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

let shared: Promise<Db> | null = null;

/** The process-wide database, opened and migrated on first use. */
export function getDb(): Promise<Db> {
  shared ??= openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, schema: env.DATABASE_SCHEMA }).catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}
