#!/usr/bin/env node
// Lighthouse (mobile emulation, simulated slow-4G + 4x CPU throttling: Lighthouse's defaults) on
// the key pages of the last build, served by the site server. Budgets: performance ≥ 0.95,
// accessibility, best practices and SEO = 1. JSON reports go to reports/lighthouse/.
// Pages not in this build yet (404) are listed and skipped. Needs `next build` first.
// The 4x CPU slowdown assumes a fast desktop host; on a slower or busy host it would emulate a far
// slower phone than intended, so the multiplier is calibrated from Lighthouse's own benchmark
// index of this host (Lighthouse's published calculator), or set with BENCH_CPU_MULTIPLIER.
// One benchmark reading swings by ±30% here (960 to 1,670 on one idle host), and one page load
// by ±0.05 in score, so the index is the median of five probes and each page's result is the
// median of BENCH_LH_RUNS runs (3 by default), as Lighthouse's variability guide advises.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { benchPages, root, startSite } from './support.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3810);
const RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3));
const BUDGET = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const outDir = path.join(root, 'reports/lighthouse');
mkdirSync(outDir, { recursive: true });

/** Lighthouse's CPU-throttling calculator: the slowdown that makes this host act like its reference phone. */
function cpuMultiplier(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

/** @param {number[]} values */
function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

const site = await startSite(PORT);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
let multiplier = Number(process.env.BENCH_CPU_MULTIPLIER) || undefined;
if (!multiplier) {
  const readings = [];
  for (let i = 0; i < 5; i++) {
    const probe = await lighthouse(`${site.url}/`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
    readings.push(probe?.lhr.environment.benchmarkIndex ?? 0);
  }
  const benchmarkIndex = median(readings);
  console.log(`Benchmark index readings: ${readings.map(Math.round).join(', ')}`);
  multiplier = Number(cpuMultiplier(benchmarkIndex).toFixed(2));
  console.log(`Host benchmark index ${Math.round(benchmarkIndex)} → CPU slowdown ${multiplier}x${benchmarkIndex < 150 ? ' (host slower than the reference phone: scores are pessimistic)' : ''}`);
}
const rows = [];
const failures = [];
try {
  for (const page of benchPages()) {
    const url = `${site.url}${page.path}`;
    const status = (await fetch(url)).status;
    if (status !== 200) {
      console.log(`skip  ${page.name} (${page.path}): HTTP ${status}, not in this build yet`);
      continue;
    }
    const results = [];
    // A run Lighthouse could not finish (e.g. NO_NAVSTART from a lost trace event) is retried, not scored as 0.
    for (let attempt = 0; results.length < RUNS && attempt < RUNS + 2; attempt++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: multiplier },
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) console.log(`retry ${page.name}: ${result.lhr.runtimeError.code}`);
      else results.push(result);
    }
    if (results.length === 0) throw new Error(`Lighthouse could not measure ${url}`);
    const perfOf = (r) => r.lhr.categories.performance?.score ?? 0;
    const scores = results.map(perfOf);
    const { lhr, report } = [...results].sort((a, b) => perfOf(a) - perfOf(b))[Math.floor(results.length / 2)];
    const file = path.join(outDir, `${page.name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, Array.isArray(report) ? report[0] : report);
    const score = (id) => lhr.categories[id]?.score ?? 0;
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const row = {
      page: page.name,
      path: page.path,
      perf: score('performance'),
      a11y: score('accessibility'),
      bp: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      tbtMs: Math.round(audit('total-blocking-time')),
      runs: scores.map((n) => n.toFixed(2)).join(' '),
    };
    rows.push(row);
    for (const [id, min] of Object.entries(BUDGET)) {
      if (score(id) < min) {
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => a.id);
        failures.push(`${page.name}: ${id} ${score(id)} < ${min} (${failed.join(', ')})`);
      }
    }
  }
} finally {
  await chrome.kill();
  await site.stop();
}

console.log(`CPU slowdown ${multiplier}x; median of ${RUNS} run(s) per page`);
console.log(`${'page'.padEnd(20)} perf  a11y  bp    seo   LCP ms  CLS    TBT ms  perf per run`);
for (const r of rows) {
  const cells = [r.perf, r.a11y, r.bp, r.seo].map((n) => n.toFixed(2).padEnd(5)).join(' ');
  console.log(`${r.page.padEnd(20)} ${cells} ${String(r.lcpMs).padStart(6)}  ${r.cls.toFixed(3)}  ${String(r.tbtMs).padStart(6)}  ${r.runs}`);
}
console.log(`Reports: ${path.relative(root, outDir)}/`);
for (const f of failures) console.error(`BUDGET FAILED: ${f}`);
process.exit(failures.length > 0 ? 1 : 0);
