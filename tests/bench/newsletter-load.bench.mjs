#!/usr/bin/env node
// Newsletter load: 1,000 sign-ups from 50 concurrent clients against the production server on Postgres,
// posted the way a browser without JavaScript posts the server-action form. Asserts exactly
// 1,000 pending rows, 1,000 emails in the outbox, no duplicates and no errors; prints
// throughput and latency percentiles.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { agedFormStart, ensureBuild, reportVerdict, root, signupHiddenFields, startSite } from './support.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3504);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TOTAL = 1000;
const CLIENTS = 50;
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const HASH_SALT = 'bench-newsletter-salt-0123456789';
const DATA_DIR = path.join(root, '.data', 'bench-newsletter');
const runId = Date.now().toString(36);
const schema = `bench_nl_${runId}`;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  ensureBuild();
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  rmSync(DATA_DIR, { recursive: true, force: true });

  const databaseUrl = `${ADMIN_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  // TRUST_PROXY lets each simulated client stand behind its own X-Forwarded-For address, as
  // readers behind the edge do, so the per-client limits meet 50 clients, not one.
  const server = await startSite(PORT, { DATABASE_URL: databaseUrl, DATA_DIR, TRUST_PROXY: 'true', HASH_SALT, SITE_URL: ORIGIN });

  try {
    const fields = signupHiddenFields(await (await fetch(`${ORIGIN}/get-involved`)).text());
    // Opens the pool and runs migrations before the clock starts.
    await fetch(`${ORIGIN}/api/newsletter/unsubscribe?token=${'A'.repeat(43)}`, { method: 'POST' });

    const latencies = [];
    const errors = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, clientNo) => {
        const ip = `10.77.${Math.floor(clientNo / 250)}.${(clientNo % 250) + 1}`;
        while (next < TOTAL) {
          const n = next++;
          const body = new FormData();
          for (const [k, v] of fields) body.append(k, k === 'formStart' ? agedFormStart(HASH_SALT) : v);
          body.append('email', `bench-${runId}-${n}@example.org`);
          body.append('firstName', n % 3 === 0 ? 'Alex' : '');
          body.append('postcodeArea', n % 5 === 0 ? 'LS6' : '');
          body.append('consent', 'yes');
          body.append('website', '');
          const t0 = performance.now();
          try {
            const res = await fetch(`${ORIGIN}/get-involved`, { method: 'POST', body, headers: { Origin: ORIGIN, 'X-Forwarded-For': ip, 'User-Agent': 'Mozilla/5.0 bench' } });
            const text = await res.text();
            if (res.status !== 200 || !text.includes('Check your inbox')) errors.push(`#${n}: ${res.status} ${text.includes('There is a problem') ? '(form problem)' : ''}`);
          } catch (error) {
            errors.push(`#${n}: ${error.message}`);
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const { rows } = await admin.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'pending')::int AS pending, count(DISTINCT email)::int AS distinct_emails
       FROM ${schema}.newsletter_subscribers WHERE email LIKE $1`,
      [`bench-${runId}-%`],
    );
    const outbox = path.join(DATA_DIR, 'outbox');
    const files = existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : [];
    const recipients = files.map((f) => /^To: (.+)$/m.exec(readFileSync(path.join(outbox, f), 'utf8'))?.[1]?.trim());
    const distinctRecipients = new Set(recipients).size;

    latencies.sort((a, b) => a - b);
    const ms = (v) => `${v.toFixed(0)} ms`;
    console.log(`sign-ups: ${TOTAL} from ${CLIENTS} concurrent clients in ${seconds.toFixed(1)} s`);
    console.log(`throughput: ${(TOTAL / seconds).toFixed(1)} sign-ups/s`);
    console.log(`latency: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1))}`);
    console.log(`rows: ${rows[0].total} (pending ${rows[0].pending}, distinct ${rows[0].distinct_emails}); emails: ${files.length} (distinct recipients ${distinctRecipients}); errors: ${errors.length}`);

    const failures = [];
    if (errors.length) failures.push(`${errors.length} failed requests, e.g. ${errors.slice(0, 3).join('; ')}`);
    if (rows[0].pending !== TOTAL || rows[0].total !== TOTAL || rows[0].distinct_emails !== TOTAL) failures.push(`expected ${TOTAL} pending rows`);
    if (files.length !== TOTAL || distinctRecipients !== TOTAL) failures.push(`expected ${TOTAL} emails to distinct recipients`);
    if (/Error/.test(server.stderr())) failures.push(`server logged errors: ${server.stderr().slice(0, 500)}`);
    reportVerdict(failures);
  } finally {
    await server.stop();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
