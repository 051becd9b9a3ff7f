#!/usr/bin/env node
// Fault bench (`npm run bench -- faults`): no-JS sign-ups from concurrent clients against the built
// site (scripts/serve.mjs) on a private Postgres, Redis and SMTP sink that the bench starts on
// loopback, while it stops and restarts each of them in turn. Then the server's memory before, at
// peak and after one 256 MB chunked upload. Targets: 0 accepted sign-ups lost, 0 5xx, < 64 MB growth.
import http from 'node:http';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startPostgres, startRedis, startSmtp } from './fault-services.mjs';
import { agedFormStart, reportVerdict, root, rssBytes, signupHiddenFields, startSite } from './support.mjs';

const BASE = Number(process.env.BENCH_FAULTS_PORT ?? 3350);
const CLIENTS = Number(process.env.BENCH_FAULTS_CLIENTS ?? 20);
const DOWN_MS = Number(process.env.BENCH_FAULTS_DOWN_MS ?? 5_000);
const UPLOAD_BYTES = 256 * 1024 * 1024;
const GROWTH_BUDGET = 64 * 1024 * 1024;
const HASH_SALT = 'bench-faults-salt-0123456789abcdef';
const DATA_DIR = path.join(root, '.data', 'bench-faults');
const runId = Date.now().toString(36);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** A Markdown table, so the numbers paste straight into a report. */
function printTable(rows) {
  const keys = Object.keys(rows[0]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log([line(keys), line(keys.map(() => '---')), ...rows.map((r) => line(keys.map((k) => String(r[k]))))].join('\n'));
}

/** One sign-up as a browser without JavaScript posts it; the answer classified as a person would read it. */
async function signUp(origin, fields, email, ip) {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, k === 'formStart' ? agedFormStart(HASH_SALT) : v);
  for (const [k, v] of [['email', email], ['firstName', ''], ['postcodeArea', ''], ['consent', 'yes'], ['website', '']]) body.append(k, v);
  try {
    const res = await fetch(`${origin}/get-involved`, { method: 'POST', body, headers: { Origin: origin, 'X-Forwarded-For': ip }, signal: AbortSignal.timeout(30_000) });
    const text = await res.text();
    if (res.status >= 500) return '5xx';
    if (res.status === 200 && text.includes('Check your inbox')) return 'accepted';
    if (text.includes('try again')) return 'retry';
    if (text.includes('a lot of times')) return 'limited';
    return `other ${res.status}`;
  } catch (error) {
    return `error ${error.name}`;
  }
}

/** Runs sign-ups from CLIENTS loops for `ms`; each result is tagged with the phase it was sent in. */
async function load(origin, fields, ms, phaseOf, results) {
  const until = Date.now() + ms;
  let n = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < until) {
        const i = n++;
        const email = `faults-${runId}-${i}@example.org`;
        const phase = phaseOf();
        const started = Date.now();
        const outcome = await signUp(origin, fields, email, `10.88.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`);
        results.push({ email, phase, outcome, ms: Date.now() - started });
      }
    }),
  );
}

/** One chunked upload with no Content-Length, sent as fast as the server reads it, until it answers. */
function upload(origin, pathname) {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 120);
    let sent = 0;
    const req = http.request(`${origin}${pathname}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', Origin: origin } });
    let answered = null;
    req.on('response', (res) => {
      answered = res.statusCode;
      res.resume();
      res.on('end', () => {
        req.destroy();
        resolve({ status: answered, sent });
      });
    });
    req.on('error', () => resolve({ status: answered ?? 'reset', sent }));
    const pump = () => {
      while (answered === null && sent < UPLOAD_BYTES) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (answered === null) req.end();
    };
    pump();
  });
}

async function memoryUnderUpload(site, pathname) {
  const before = rssBytes(site.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(site.pid))), 50);
  const result = await upload(site.url, pathname);
  await sleep(3_000);
  clearInterval(sampler);
  const after = rssBytes(site.pid);
  return { pathname, before, peak: Math.max(peak, after), after, ...result };
}

async function main() {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const postgres = startPostgres(BASE + 1);
  const redis = await startRedis(BASE + 2);
  const smtp = await startSmtp(BASE + 3);
  let site;
  const failures = [];
  try {
    site = await startSite(BASE, {
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
      CACHE_KEY_PREFIX: `faults${runId}`,
      TRUST_PROXY: '1',
      HASH_SALT,
      SITE_URL: `http://127.0.0.1:${BASE}`,
      DATA_DIR,
    });
    const fields = signupHiddenFields(await (await fetch(`${site.url}/get-involved`)).text());
    // Opens the pool and runs the migrations before any fault.
    await signUp(site.url, fields, `faults-${runId}-warmup@example.org`, '10.88.255.1');

    const plan = [
      { name: 'all up', ms: DOWN_MS },
      { name: 'Postgres stopped', ms: DOWN_MS, down: () => postgres.stop(), up: () => postgres.start() },
      { name: 'after Postgres restart', ms: DOWN_MS },
      { name: 'Redis stopped', ms: DOWN_MS, down: () => redis.stop(), up: () => redis.start() },
      { name: 'after Redis restart', ms: DOWN_MS },
      { name: 'SMTP stopped', ms: DOWN_MS, down: () => smtp.stop(), up: () => smtp.start() },
      { name: 'after SMTP restart', ms: DOWN_MS },
    ];
    let phase = plan[0].name;
    const results = [];
    const total = plan.reduce((sum, p) => sum + p.ms, 0);
    const running = load(site.url, fields, total, () => phase, results);
    for (const step of plan) {
      phase = step.name;
      await step.down?.();
      await sleep(step.ms);
      await step.up?.();
    }
    await running;
    await sleep(2_000);

    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    const stored = new Set((await admin.query('SELECT email FROM newsletter_subscribers WHERE email LIKE $1', [`faults-${runId}-%`])).rows.map((r) => r.email));
    await admin.end();
    const mailed = new Set(smtp.recipients);

    const rows = plan.map(({ name }) => {
      const mine = results.filter((r) => r.phase === name);
      const accepted = mine.filter((r) => r.outcome === 'accepted');
      const count = (o) => mine.filter((r) => r.outcome === o).length;
      return {
        phase: name,
        sent: mine.length,
        accepted: accepted.length,
        stored: accepted.filter((r) => stored.has(r.email)).length,
        mailed: accepted.filter((r) => mailed.has(r.email)).length,
        'told to retry': count('retry'),
        limited: count('limited'),
        '5xx': count('5xx'),
        other: mine.filter((r) => !['accepted', 'retry', 'limited', '5xx'].includes(r.outcome)).length,
      };
    });
    const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
    rows.push(Object.fromEntries(Object.keys(rows[0]).map((k) => [k, k === 'phase' ? 'total' : sum(k)])));
    console.log(`\nSign-ups from ${CLIENTS} clients, each fault ${DOWN_MS / 1000} s (accepted = "Check your inbox"; stored/mailed of those accepted)`);
    printTable(rows);
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    console.log(`answer time: median ${times[Math.floor(times.length / 2)]} ms, max ${times.at(-1)} ms (phases are by send time, so a slow answer can belong to the next fault)`);
    const others = results.filter((r) => !['accepted', 'retry', 'limited', '5xx'].includes(r.outcome)).map((r) => r.outcome);
    if (others.length) console.log(`other answers: ${[...new Set(others)].join(', ')}`);
    const all = rows.at(-1);
    if (all.accepted !== all.stored) failures.push(`${all.accepted - all.stored} accepted sign-ups not stored`);
    if (all.accepted !== all.mailed) failures.push(`${all.accepted - all.mailed} accepted sign-ups not mailed`);
    if (all['5xx'] > 0) failures.push(`${all['5xx']} answers were 5xx`);

    // What the server said went wrong, by event name (never more: the log carries no personal data).
    const events = {};
    for (const line of site.stderr().split('\n')) {
      const event = /"event":"([^"]+)"/.exec(line)?.[1];
      if (event) events[event] = (events[event] ?? 0) + 1;
    }
    console.log(`server error/warn events: ${JSON.stringify(events)}`);

    const memory = [];
    for (const pathname of ['/api/stripe/webhook', '/get-involved', '/api/revalidate']) memory.push(await memoryUnderUpload(site, pathname));
    console.log(`\nServer memory (RSS) around one ${mb(UPLOAD_BYTES)} chunked upload, no Content-Length`);
    printTable(memory.map((m) => ({ route: m.pathname, answer: m.status, 'sent before answer': mb(m.sent), before: mb(m.before), peak: mb(m.peak), after: mb(m.after), growth: mb(m.peak - m.before) })));
    for (const m of memory) if (m.peak - m.before >= GROWTH_BUDGET) failures.push(`${m.pathname} grew the server by ${mb(m.peak - m.before)}`);
  } finally {
    await site?.stop();
    await Promise.all([redis.destroy(), smtp.destroy()]);
    postgres.destroy();
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
  reportVerdict(failures);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
