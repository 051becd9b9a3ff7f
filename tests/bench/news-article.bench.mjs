#!/usr/bin/env node
// Measures /news/[slug] served by `next start` against the same prerendered HTML served by a
// plain node:http static server, with autocannon, in one run. Builds first unless .next is fresh.
// Ports: BENCH_PORT (Next, default 3201) and BENCH_PORT + 1 (static server).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '..', '..');
const nextPort = Number(process.env.BENCH_PORT ?? 3201);
const staticPort = nextPort + 1;
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

function ensureBuild() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const sources = ['app', 'components', 'lib', 'content-models/seed', 'public', 'next.config.ts', 'package-lock.json'];
  const newestSource = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSource) {
    console.log('Reusing .next (newer than every source file)');
    return;
  }
  console.log('Building…');
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed');
}

/** The newest published article that was prerendered at build time. */
function pickArticle() {
  const seed = JSON.parse(readFileSync(path.join(root, 'content-models/seed/export.json'), 'utf8'));
  const slugs = seed.entries
    .filter((e) => e.sys.contentType.sys.id === 'newsArticle' && typeof e.sys.publishedVersion === 'number')
    .sort((a, b) => b.fields.publishDate['en-GB'].localeCompare(a.fields.publishDate['en-GB']))
    .map((e) => e.fields.slug['en-GB']);
  for (const slug of slugs) {
    const file = path.join(root, '.next/server/app/news', `${slug}.html`);
    if (existsSync(file)) return { slug, file };
  }
  throw new Error('No prerendered article HTML under .next/server/app/news: is the route static?');
}

async function waitFor(url, child, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const STATIC_SERVER = `
const http = require('node:http');
const fs = require('node:fs');
const [file, port] = process.argv.slice(1);
http.createServer((req, res) => {
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(500); res.end(); return; }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
}).listen(Number(port), '127.0.0.1');
`;

async function measure(label, url) {
  await autocannon({ url, connections, duration: 2 }); // warm-up
  const result = await autocannon({ url, connections, duration });
  if (result.errors || result.non2xx) throw new Error(`${label}: ${result.errors} errors, ${result.non2xx} non-2xx responses`);
  console.log(
    `${label.padEnd(22)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms`,
  );
  return result.requests.average;
}

const children = [];
function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);

try {
  ensureBuild();
  const { slug, file } = pickArticle();
  const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(nextPort)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: '.data/bench' },
  });
  const stat = spawn(process.execPath, ['-e', STATIC_SERVER, file, String(staticPort)], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(next, stat);
  const nextUrl = `http://127.0.0.1:${nextPort}/news/${slug}`;
  const staticUrl = `http://127.0.0.1:${staticPort}/news/${slug}`;
  await Promise.all([waitFor(nextUrl, next), waitFor(staticUrl, stat)]);

  const cache = (await fetch(nextUrl)).headers.get('x-nextjs-cache');
  console.log(`/news/${slug}: ${statSync(file).size} bytes of HTML, Next cache ${cache ?? 'n/a'}; ${connections} connections, ${duration} s each`);
  const nextRps = await measure('next start', nextUrl);
  const staticRps = await measure('static file server', staticUrl);
  console.log(`ratio next/static: ${(nextRps / staticRps).toFixed(2)} (static is ${(staticRps / nextRps).toFixed(1)}x faster)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  stopAll();
}
