#!/usr/bin/env node
/**
 * Webhook burst: while readers keep loading the home page, fire 100 publish webhooks at once and
 * report page latency before and during the burst, and how long the burst took. Builds if needed,
 * then starts the production server (local seed content) on BENCH_PORT (default 3405).
 */
import { ensureBuild, startSite } from './support.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3405);
const SECRET = 'bench-webhook-secret-0123456789';
const BURST = 100;

ensureBuild();
const server = await startSite(PORT, { CONTENTFUL_WEBHOOK_SECRET: SECRET });
const URL_BASE = server.url;

async function timedPage() {
  const start = performance.now();
  const res = await fetch(`${URL_BASE}/`);
  await res.text();
  return { ms: performance.now() - start, ok: res.ok };
}

function webhook() {
  return fetch(`${URL_BASE}/api/revalidate`, {
    method: 'POST',
    headers: {
      'content-type': 'application/vnd.contentful.management.v1+json',
      'x-contentful-topic': 'ContentManagement.Entry.publish',
      'x-webhook-secret': SECRET,
    },
    body: JSON.stringify({ sys: { id: 'stat-opfs-354m', type: 'Entry', contentType: { sys: { type: 'Link', linkType: 'ContentType', id: 'campaignStat' } } }, fields: {} }),
  }).then((r) => r.status);
}

/** Sequential page loads (one reader) until `until` resolves; returns their latencies. */
async function reader(until) {
  let done = false;
  until.then(() => (done = true));
  const samples = [];
  while (!done) samples.push(await timedPage());
  return samples;
}

const pct = (xs, p) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const summary = (samples) => {
  const ms = samples.map((s) => s.ms);
  return `${samples.length} loads, ${samples.filter((s) => !s.ok).length} failed, p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`;
};

try {
  for (let i = 0; i < 20; i++) await timedPage();
  const baseline = await reader(new Promise((r) => setTimeout(r, 3000)));
  const burstStart = performance.now();
  const burst = Promise.all(Array.from({ length: BURST }, webhook));
  const during = await Promise.all([reader(burst), reader(burst)]);
  const statuses = await burst;
  const burstMs = performance.now() - burstStart;
  const after = await reader(new Promise((r) => setTimeout(r, 2000)));
  console.log(`baseline:     ${summary(baseline)}`);
  console.log(`during burst: ${summary(during.flat())}`);
  console.log(`after burst:  ${summary(after)}`);
  console.log(`burst: ${BURST} webhooks in ${burstMs.toFixed(0)} ms, statuses ${[...new Set(statuses)].join(',')}`);
  if (statuses.some((s) => s !== 200) || during.flat().some((s) => !s.ok)) process.exitCode = 1;
} finally {
  await server.stop();
}
