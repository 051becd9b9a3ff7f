#!/usr/bin/env node
// Throughput of the production server (the image's CMD in the build laid out as the image) against
// bare `next start` on the same build and a plain static server sending the same prerendered HTML
// from memory (what an edge cache does), for `/`, `/news` and one article. All three run in one
// run, measured in alternating rounds, with the load generator on the same cores: compare the
// ratios, not the absolute figures. Target: production ≥ 0.8 of bare `next start`.
// Needs a build first (`npm run build`). Env: BENCH_SECONDS (per round, 5), BENCH_ROUNDS (2),
// BENCH_CONNECTIONS (50), BENCH_PORT (3811).
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchPages, root, startSite } from './support.mjs';

const SITE_PORT = Number(process.env.BENCH_PORT ?? 3811);
const BARE_PORT = SITE_PORT + 1;
const STATIC_PORT = SITE_PORT + 2;
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET = 0.8;
const appDir = path.join(root, '.next/server/app');

const article = benchPages().find((p) => p.name === 'news article');
const routes = ['/', '/news', article?.path].filter(Boolean);
const htmlFile = (route) => path.join(appDir, route === '/' ? 'index.html' : `${route.slice(1)}.html`);

/** Serves each prerendered page from memory with the headers Next would send for it. */
function startStatic(pages) {
  const server = http.createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=3600, stale-while-revalidate=31532400', 'content-length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(STATIC_PORT, '127.0.0.1', () => resolve(server)));
}

async function measure(url) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, pipelining: 1 });
  return { requests: result.requests.total, seconds: DURATION, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** Sums alternating rounds so a burst of load from elsewhere on the machine hits every server alike. */
function total(runs) {
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  return { rps: Math.round(requests / seconds), p99: Math.max(...runs.map((r) => r.p99)), errors: runs.reduce((n, r) => n + r.errors, 0) };
}

const present = routes.filter((r) => existsSync(htmlFile(r)));
for (const r of routes.filter((r) => !present.includes(r))) console.log(`skip  ${r}: not prerendered in this build yet`);
if (present.length === 0) {
  console.error('Nothing to measure: run `npm run build` first.');
  process.exit(1);
}

const site = await startSite(SITE_PORT);
const bare = await startSite(BARE_PORT, {}, `exec node node_modules/next/dist/bin/next start -H 127.0.0.1 -p {port}`);
const staticServer = await startStatic(new Map(present.map((r) => [r, readFileSync(htmlFile(r))])));
const servers = { production: site.url, bare: bare.url, static: `http://127.0.0.1:${STATIC_PORT}` };
const rows = [];
try {
  for (const route of present) {
    // Warm both caches so every server sends a cached page.
    await Promise.all([fetch(`${site.url}${route}`), fetch(`${bare.url}${route}`)]);
    const runs = { production: [], bare: [], static: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, base] of Object.entries(servers)) runs[name].push(await measure(`${base}${route}`));
    }
    rows.push({ route, production: total(runs.production), bare: total(runs.bare), static: total(runs.static) });
  }
} finally {
  await site.stop();
  await bare.stop();
  await new Promise((r) => staticServer.close(r));
}

console.log(`${CONNECTIONS} connections, ${ROUNDS} × ${DURATION} s per server and route, alternating`);
console.log(`${'route'.padEnd(36)} ${'production'.padStart(10)} ${'next start'.padStart(10)} ${'ratio'.padStart(6)} ${'static'.padStart(8)}  p99 ms (prod/bare/static)`);
let belowTarget = 0;
for (const { route, production, bare: plain, static: stat } of rows) {
  const ratio = production.rps / Math.max(plain.rps, 1);
  if (ratio < TARGET) belowTarget++;
  console.log(
    `${route.padEnd(36)} ${String(production.rps).padStart(10)} ${String(plain.rps).padStart(10)} ${ratio.toFixed(2).padStart(6)} ${String(stat.rps).padStart(8)}  ${production.p99}/${plain.p99}/${stat.p99}`,
  );
}
console.log(`target: production ≥ ${TARGET} × next start — ${belowTarget === 0 ? 'met' : `missed on ${belowTarget} route(s)`}`);
const errors = rows.reduce((n, r) => n + r.production.errors + r.bare.errors + r.static.errors, 0);
if (errors > 0) console.error(`${errors} failed or non-2xx responses`);
process.exit(errors > 0 || belowTarget > 0 ? 1 : 0);
