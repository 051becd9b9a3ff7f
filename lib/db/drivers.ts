import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { log } from '@/lib/log.mjs';
import type { Db, Queryable, QueryResult } from './types';

/**
 * Without these a request waits for ever for a connection from a full pool, or on a query to a
 * server that stopped answering. Every caller already turns a failure into a "try again" answer.
 */
export const POOL_TIMEOUTS = { connectionTimeoutMillis: 3_000, query_timeout: 10_000, idleTimeoutMillis: 30_000 } as const;

const SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgres(url: string, schema?: string): Promise<Db> {
  const { Pool } = (await import('pg')).default;
  const pool = new Pool({ connectionString: url, max: 10, ...POOL_TIMEOUTS });
  // An idle client whose server went away emits 'error' on the pool; unheard, it would crash the
  // process. The next query gets a fresh connection (or fails fast and the person is told to retry).
  // Each client logs its own errors (idle in the pool, or checked out between two queries of a
  // transaction); the pool re-emits an idle client's, which is then already logged.
  pool.on('connect', (client) => client.on('error', (error: Error & { code?: string }) => log('warn', 'db.connection_error', { code: error.code ?? error.name })));
  pool.on('error', () => undefined);
  if (schema) {
    if (!SCHEMA_PATTERN.test(schema)) throw new Error(`Invalid schema name ${schema}`);
    // Two instances starting together can both pass IF NOT EXISTS; the loser's duplicate error is harmless.
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((error: { code?: string }) => {
      if (error.code !== '23505' && error.code !== '42P06') throw error;
    });
    pool.on('connect', (client) => {
      client.query(`SET search_path TO ${schema}`).catch(() => undefined);
    });
  }
  const run = async <T>(q: Queryable | import('pg').PoolClient | import('pg').Pool, sql: string, params?: unknown[]) => {
    const result = await (q as import('pg').Pool).query(sql, params as unknown[]);
    return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
  };
  return {
    kind: 'postgres',
    query: <T>(sql: string, params?: unknown[]) => run<T>(pool, sql, params),
    exec: async (sql: string) => {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        if (schema) await client.query(`SET search_path TO ${schema}`);
        await client.query('BEGIN');
        const tx: Queryable = {
          query: <T>(sql: string, params?: unknown[]) => run<T>(client, sql, params),
          exec: async (sql: string) => {
            await client.query(sql);
          },
        };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export async function openPglite(dataDir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const dir = path.resolve(dataDir, 'pglite');
  mkdirSync(path.dirname(dir), { recursive: true });
  const db = await PGlite.create(dir);
  const toResult = <T>(r: { rows: unknown[]; affectedRows?: number }): QueryResult<T> => ({
    rows: r.rows as T[],
    rowCount: r.affectedRows ?? r.rows.length,
  });
  // PGlite is a single connection: serialise transactions so two requests never interleave inside one.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: 'pglite',
    query: async <T>(sql: string, params?: unknown[]) => {
      await queue;
      return toResult<T>(await db.query(sql, params));
    },
    exec: async (sql: string) => {
      await queue;
      await db.exec(sql);
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const next = queue.then(() =>
        db.transaction(async (tx) =>
          fn({
            query: async <R>(sql: string, params?: unknown[]) => toResult<R>(await tx.query(sql, params)),
            exec: async (sql: string) => {
              await tx.exec(sql);
            },
          }),
        ),
      );
      queue = next.catch(() => undefined);
      return next;
    },
    close: () => db.close(),
  };
}
