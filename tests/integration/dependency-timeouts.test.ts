import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '@/lib/db/drivers';
import { createMailer } from '@/lib/mail';
import { TEST_DATABASE_URL, uniqueSchema } from '../support/db';

const sockets: net.Socket[] = [];
const servers: net.Server[] = [];
afterAll(() => {
  for (const s of sockets) s.destroy();
  return Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

describe('outbound calls fail fast', () => {
  it('a mail server that accepts the connection and never speaks fails the send in seconds, not minutes', async () => {
    const silent = net.createServer((socket) => sockets.push(socket));
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: path.join(os.tmpdir(), 'unused'), from: 'Test <t@example.org>' });
    const started = Date.now();
    await expect(mailer.send({ to: 'someone@example.org', subject: 's', text: 't' })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(8_000);
    mailer.close();
  });

  it('a Postgres connection killed while idle is logged, not an uncaught exception, and the next query reconnects', async () => {
    const schema = uniqueSchema();
    const db = await openPostgres(TEST_DATABASE_URL, schema);
    const { rows } = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
    await new Promise((r) => setTimeout(r, 300));
    expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    await db.close();
  });
});
