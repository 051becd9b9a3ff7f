import { migrations as allMigrations } from './migrations';
import type { Db, Migration } from './types';

// Any fixed number works; every instance must use the same one.
const MIGRATION_LOCK_KEY = 727_384_001;

/**
 * Applies pending migrations in order, each in its own transaction. On Postgres an advisory
 * lock makes concurrent start-ups queue behind each other instead of racing.
 */
export async function migrate(db: Db, migrations: Migration[] = allMigrations): Promise<string[]> {
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.id));
    const ran: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      ran.push(migration.id);
    }
    return ran;
  });
}
