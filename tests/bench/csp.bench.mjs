#!/usr/bin/env node
// CSP cost, in requests per second for the home page (issue 9, ARCHITECTURE.md "Security headers and CSP"):
//   hash   — the production server: server/index.mjs in the build laid out as the image (.next/image), static page + hash CSP
//   plain  — bare `next start` on the same build, static page, no CSP (the ceiling)
//   nonce  — a throwaway copy of this site (under .data/, deleted after) with Next's documented nonce proxy.ts and
//            a headers() read in the root layout (what a nonce needs), so every page renders per request
// Each server runs alone on the 2 cores; each is measured without and with Accept-Encoding.
// Env: BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 10), BENCH_PORT (default 3702).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { LOCAL_IMAGE_DIR, layoutLocalImage } from '../../scripts/image-layout.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3702);
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn', HOSTNAME: '127.0.0.1', PORT: String(port) };

function build(dir) {
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`build failed in ${dir}`);
}

const NONCE_PROXY = `import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = [
    "default-src 'self'", \`script-src 'self' 'nonce-\${nonce}' 'strict-dynamic'\`, "style-src 'self'",
    "img-src 'self' data: blob:", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = { matcher: [{ source: '/((?!api|_next/static|_next/image|favicon.ico).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] }] };
`;

/** A copy of the site whose pages need a nonce: proxy.ts plus a headers() read in the root layout. */
function prepareNonceCopy() {
  // Inside the repo (under the ignored .data/) so Turbopack resolves node_modules from the workspace root.
  mkdirSync(path.join(root, '.data'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.data', 'bench-nonce-'));
  for (const entry of ['app', 'components', 'lib', 'content-models', 'public', 'next.config.ts', 'tsconfig.json', 'postcss.config.mjs', 'package.json']) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  writeFileSync(path.join(dir, 'proxy.ts'), NONCE_PROXY);
  const layoutFile = path.join(dir, 'app/layout.tsx');
  const layout = readFileSync(layoutFile, 'utf8')
    .replace("import type { ReactNode } from 'react';", "import type { ReactNode } from 'react';\nimport { headers } from 'next/headers';")
    .replace('const settings = await getSiteSettings();\n  return (\n    <html', "await headers();\n  const settings = await getSiteSettings();\n  return (\n    <html");
  if (!layout.includes('await headers();')) throw new Error('could not patch app/layout.tsx for the nonce variant');
  writeFileSync(layoutFile, layout);
  return dir;
}

async function startServer(args, cwd) {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      await res.arrayBuffer();
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`server did not start: ${args.join(' ')}`);
}

async function stopServer(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** CPU seconds (user + system) used so far by a process and its descendants, from /proc. */
function cpuSeconds(pid) {
  const ticks = 100; // USER_HZ on Linux
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => {
      try {
        const fields = readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        return { pid: Number(d), ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / ticks };
      } catch {
        return null;
      }
    })
    .filter(Boolean);
  const tree = new Set([pid]);
  let size = 0;
  while (tree.size !== size) {
    size = tree.size;
    for (const p of stats) if (tree.has(p.ppid)) tree.add(p.pid);
  }
  return stats.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.cpu, 0);
}

// The machine is shared: wall-clock req/s moves with everyone else's load, CPU per request does not,
// so both are reported; 1000 / cpuMsPerReq is the rate one dedicated core would sustain.
async function measure(name, encoding, pid) {
  const headers = encoding ? { 'accept-encoding': encoding } : {};
  await autocannon({ url: `http://127.0.0.1:${port}/`, connections, duration: 2, headers }); // warm-up
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({ url: `http://127.0.0.1:${port}/`, connections, duration, headers, timeout: 30 });
  const cpuMsPerReq = ((cpuSeconds(pid) - cpuBefore) * 1000) / Math.max(result['2xx'], 1);
  return {
    variant: name,
    encoding: encoding ?? 'identity',
    reqPerSec: Math.round(result.requests.average),
    cpuMsPerReq: Math.round(cpuMsPerReq * 100) / 100,
    perCoreReqPerSec: Math.round(1000 / cpuMsPerReq),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    kbPerReq: Math.round(result.throughput.average / Math.max(result.requests.average, 1) / 102.4) / 10,
    errors: result.errors + result.non2xx,
  };
}

async function describeVariant(expect) {
  const res = await fetch(`http://127.0.0.1:${port}/`);
  const csp = res.headers.get('content-security-policy') ?? '';
  const html = await res.text();
  if (expect === 'hash' && !/'sha256-/.test(csp)) throw new Error('hash variant has no hashes in its CSP');
  if (expect === 'nonce' && !(/'nonce-/.test(csp) && html.includes('nonce='))) throw new Error('nonce variant is not applying nonces');
  if (expect === 'plain' && csp) throw new Error('plain variant unexpectedly has a CSP');
  return `${res.headers.get('x-nextjs-cache') ? 'static (x-nextjs-cache)' : 'dynamic'}, CSP ${csp ? csp.slice(0, 60) + '…' : 'none'}`;
}

if (!existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.log('building the site…');
  build(root);
}
console.log('building the nonce variant in a temp copy (1–4 min)…');
const nonceDir = prepareNonceCopy();
const rows = [];
try {
  build(nonceDir);
  const variants = [
    ['hash', [path.join(LOCAL_IMAGE_DIR, layoutLocalImage().cmd[1] ?? 'server/index.mjs')], LOCAL_IMAGE_DIR],
    ['plain', [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], root],
    ['nonce', [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], nonceDir],
  ];
  for (const [name, args, cwd] of variants) {
    const child = await startServer(args, cwd);
    try {
      console.log(`${name}: ${await describeVariant(name)}`);
      for (const encoding of [undefined, 'gzip, deflate, br']) rows.push(await measure(name, encoding, child.pid));
    } finally {
      await stopServer(child);
    }
  }
} finally {
  rmSync(nonceDir, { recursive: true, force: true });
}
console.log(`\nGET / — ${connections} connections, ${duration}s, ${os.cpus().length} CPUs, Node ${process.version}`);
const columns = ['variant', 'encoding', 'reqPerSec', 'cpuMsPerReq', 'perCoreReqPerSec', 'p50ms', 'p99ms', 'kbPerReq', 'errors'];
console.log(columns.join('\t'));
for (const row of rows) console.log(columns.map((c) => row[c]).join('\t'));
const failed = rows.some((r) => r.errors > 0);
process.exit(failed ? 1 : 0);
