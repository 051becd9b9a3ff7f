#!/usr/bin/env node
// Throughput of the site server vs a plain static file server sending the same prerendered HTML
// (what a CDN or nginx in front would do), for `/`, `/news` and one article. Both run on this
// machine in one run, with the load generator competing for the same cores: compare the ratio,
// not the absolute figures. Needs `next build` first.
import { readFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchPages, root, startSite } from './support.mjs';

const SITE_PORT = Number(process.env.BENCH_PORT ?? 3811);
const STATIC_PORT = SITE_PORT + 1;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
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
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const present = routes.filter((r) => existsSync(htmlFile(r)));
for (const r of routes.filter((r) => !present.includes(r))) console.log(`skip  ${r}: not prerendered in this build yet`);
if (present.length === 0) {
  console.error('Nothing to measure: run `next build` first.');
  process.exit(1);
}

const site = await startSite(SITE_PORT);
const staticServer = await startStatic(new Map(present.map((r) => [r, readFileSync(htmlFile(r))])));
const rows = [];
try {
  for (const route of present) {
    // Warm the site's cache so both servers send a cached page.
    await fetch(`${site.url}${route}`);
    const next = await measure(`${site.url}${route}`);
    const plain = await measure(`http://127.0.0.1:${STATIC_PORT}${route}`);
    rows.push({ route, next, plain });
  }
} finally {
  await site.stop();
  await new Promise((r) => staticServer.close(r));
}

console.log(`${CONNECTIONS} connections, ${DURATION} s per run`);
console.log(`${'route'.padEnd(36)} ${'site req/s'.padStart(10)} ${'p99 ms'.padStart(7)} ${'static req/s'.padStart(12)} ${'p99 ms'.padStart(7)}  ratio`);
for (const { route, next, plain } of rows) {
  const ratio = (plain.rps / Math.max(next.rps, 1)).toFixed(1);
  console.log(`${route.padEnd(36)} ${String(next.rps).padStart(10)} ${String(next.p99).padStart(7)} ${String(plain.rps).padStart(12)} ${String(plain.p99).padStart(7)}  static ${ratio}x`);
}
const errors = rows.reduce((n, r) => n + r.next.errors + r.plain.errors, 0);
if (errors > 0) console.error(`${errors} failed or non-2xx responses`);
process.exit(errors > 0 ? 1 : 0);
