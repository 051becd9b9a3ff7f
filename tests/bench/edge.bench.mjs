#!/usr/bin/env node
// `npm run bench -- edge`: the shipped edge cache (deploy/nginx, in Debian's nginx) in front of the
// production server, in one run:
//   1. throughput for a news article through the edge vs plain nginx serving the same HTML file
//      (target ≥ 0.5 of nginx);
//   2. requests reaching the origin during a 10 s, 200-connection spike on a cold cache across
//      three pages (target: a handful per page);
//   3. the same spike with the origin stopped halfway: p99 and failures (target: no 5xx, stale copies).
// Needs a build first. Env: BENCH_SECONDS (10), BENCH_CONNECTIONS (50 for 1), BENCH_SPIKE (200),
// BENCH_PORT (3861).
import path from 'node:path';
import autocannon from 'autocannon';
import { startEdge, startOriginTap, startStaticNginx } from '../support/edge.mjs';
import { benchPages, root, startSite } from './support.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3861);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SPIKE = Number(process.env.BENCH_SPIKE ?? 200);
const article = benchPages().find((p) => p.name === 'news article')?.path ?? '/news';
const spikePages = ['/', '/news', article];

/** @param {string} url @param {object} [options] */
async function load(url, options = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, pipelining: 1, ...options });
  const failures = result.errors + result.timeouts + result.non2xx;
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, failures, total: result.requests.total, fiveXx: result['5xx'] };
}

const site = await startSite(PORT);
const tap = await startOriginTap({ port: PORT + 1, originPort: PORT });
const edge = await startEdge({ port: PORT + 2, originPort: PORT + 1 });
const file = path.join(root, '.next/server/app', `${article.slice(1)}.html`);
const plain = await startStaticNginx({ port: PORT + 3, file, urlPath: `${article}.html` });
const rows = [];
try {
  // 1. Warm copy at the edge, then side by side with nginx serving the file.
  await fetch(`${edge.url}${article}`);
  const viaEdge = await load(`${edge.url}${article}`);
  const fromFile = await load(`${plain.url}${article}.html`);
  rows.push(['throughput: article via edge', `${viaEdge.rps} req/s, p99 ${viaEdge.p99} ms`]);
  rows.push(['throughput: same file from nginx', `${fromFile.rps} req/s, p99 ${fromFile.p99} ms`]);
  const ratio = viaEdge.rps / Math.max(fromFile.rps, 1);
  rows.push(['edge / nginx', `${ratio.toFixed(2)} (target ≥ 0.5)`]);

  // 2. A spike on a cold cache: a fresh edge, three pages, SPIKE connections.
  const cold = await startEdge({ port: PORT + 4, originPort: PORT + 1 });
  tap.reset();
  const spike = await load(cold.url, { connections: SPIKE, requests: spikePages.map((p) => ({ method: 'GET', path: p })) });
  const perPage = spikePages.map((p) => `${p === article ? 'article' : p} ${tap.count(p)}`).join(', ');
  rows.push([`spike: ${SPIKE} connections, ${SECONDS} s`, `${spike.total} requests, ${spike.rps} req/s, p99 ${spike.p99} ms, ${spike.failures} failed`]);
  rows.push(['origin requests during the spike', `${tap.total()} (${perPage})`]);

  // 3. The same spike with the origin stopped halfway through.
  tap.reset();
  const stopAt = setTimeout(() => void tap.down(), (SECONDS * 1000) / 2);
  const down = await load(cold.url, { connections: SPIKE, requests: spikePages.map((p) => ({ method: 'GET', path: p })) });
  clearTimeout(stopAt);
  rows.push([`origin stopped after ${SECONDS / 2} s`, `p99 ${down.p99} ms, ${down.total} requests, ${down.fiveXx} 5xx, ${down.failures} failed`]);
  await cold.stop();

  console.log(`\nedge bench — ${CONNECTIONS} connections for throughput, ${SPIKE} for the spikes, ${SECONDS} s each`);
  for (const [label, value] of rows) console.log(`${label.padEnd(40)} ${value}`);
  const ok = ratio >= 0.5 && down.fiveXx === 0 && down.failures === 0 && spike.failures === 0;
  console.log(ok ? 'targets met' : 'a target was missed');
  process.exitCode = ok ? 0 : 1;
} finally {
  await plain.stop();
  await edge.stop();
  await tap.stop().catch(() => {});
  await site.stop();
}
