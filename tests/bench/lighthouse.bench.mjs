#!/usr/bin/env node
// Lighthouse (mobile emulation, simulated slow-4G + CPU slowdown) on the key pages of the last
// build, served by the site server behind the shipped edge (deploy/nginx; BENCH_LH_EDGE=0 for the
// origin alone). Budgets: performance ≥ 0.95; accessibility, best practices and
// SEO = 1; performance at most 0.01 below the empty Next page's in the same run (calibrated and at
// 4x); LCP ≤ 1.2 s at the default 4x. JSON reports go to reports/lighthouse/. Pages not in this
// build yet (404) are skipped. Needs a build laid out as the image (`node tests/support/e2e-build.mjs`).
//
// Calibration. In simulate mode Lighthouse loads the page unthrottled and applies the CPU slowdown
// afterwards, when it simulates the trace. Its 4x default assumes a fast desktop host (benchmark
// index ≈ 1,530); on a slower host it would emulate a far slower phone than intended, so the
// slowdown is calibrated with Lighthouse's published calculator. On this kind of shared 2-core host
// the index swings from one load to the next (1,030 to 2,010 in one run), so a probe taken apart
// from the loads being scored says little about them. Every load is therefore gathered first, with
// the index Lighthouse measured just before it; the slowdown comes from the median of all those
// readings; then every saved load is audited with that one slowdown. (A slowdown per load, from
// its own reading, was tried: the high outliers gave 5x to loads that ran no faster.) Every load is
// also audited at the uncalibrated 4x, and both profiles are printed in full (perf, LCP, TBT), since
// the issue's targets are stated at 4x. BENCH_CPU_MULTIPLIER fixes the slowdown.
//
// Reference. An empty Next.js page (tests/bench/empty-next-app) is built and measured in the same
// rounds, so each run shows what the framework alone scores under the same host and slowdown.
// BENCH_LH_REFERENCE=0 leaves it out. Each result is the median of BENCH_LH_RUNS loads (5 by
// default), taken in rounds across all pages, as Lighthouse's variability guide advises.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { lcpPath } from './lcp-path.mjs';
import { mainThreadWork } from './main-thread.mjs';
import { startEdge } from '../support/edge.mjs';
import { benchPages, cpuMultiplier, root, startSite } from './support.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3810);
const RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 5));
const WITH_REFERENCE = process.env.BENCH_LH_REFERENCE !== '0';
const VIA_EDGE = process.env.BENCH_LH_EDGE !== '0';
const DEFAULT_MULTIPLIER = throttling.mobileSlow4G.cpuSlowdownMultiplier;
const HIGH_END_DESKTOP_INDEX = 2000;
const BUDGET = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
const REFERENCE_MARGIN = 0.01;
const LCP_LIMIT_MS = 1200;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const outDir = path.join(root, 'reports/lighthouse');
const gatherDir = path.join(outDir, 'gathered');
rmSync(gatherDir, { recursive: true, force: true });
mkdirSync(gatherDir, { recursive: true });

/** @param {number[]} values */
function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

const slug = (name) => name.replace(/\W+/g, '-');
const flagsFor = (cpuSlowdownMultiplier) => ({ logLevel: 'error', output: 'json', throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier } });
const perfOf = (result) => result.lhr.categories.performance?.score ?? 0;

/**
 * Scores one saved load with the given slowdown. Gathering does not depend on the slowdown, but
 * Lighthouse refuses to audit with settings other than the gathered ones, so they are updated first.
 */
async function audit(url, dir, multiplier) {
  const file = path.join(dir, 'artifacts.json');
  const artifacts = JSON.parse(readFileSync(file, 'utf8'));
  artifacts.settings.throttling.cpuSlowdownMultiplier = multiplier;
  writeFileSync(file, JSON.stringify(artifacts));
  const result = await lighthouse(url, { ...flagsFor(multiplier), auditMode: dir });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result;
}

/** Builds the empty reference app in the git-ignored reports folder, inside the project so it resolves our node_modules. */
function buildReference() {
  const dir = path.join(outDir, 'empty-next-app');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(import.meta.dirname, 'empty-next-app'), dir, { recursive: true });
  const next = path.join(root, 'node_modules/next/dist/bin/next');
  const build = spawnSync(process.execPath, [next, 'build', dir], { cwd: root, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`reference build failed: ${build.stderr.slice(-2000)}`);
  return `exec "${process.execPath}" "${next}" start "${dir}" --hostname 127.0.0.1 --port {port}`;
}

const referenceCommand = WITH_REFERENCE ? buildReference() : undefined;
const origin = await startSite(PORT);
const reference = referenceCommand ? await startSite(PORT + 1, {}, referenceCommand) : undefined;
// Readers get pages through the edge, which compresses (the origin sends identity bodies), as
// `next start` does for the reference: measured straight from the origin, every HTML, CSS and JS
// byte crossed the simulated slow 4G uncompressed, about three times what a phone downloads.
const edge = VIA_EDGE ? await startEdge({ port: PORT + 2, originPort: PORT }) : undefined;
const site = edge ?? origin;
console.log(`Site measured ${edge ? 'through the edge (deploy/nginx, gzip)' : 'straight from the origin (BENCH_LH_EDGE=0, uncompressed)'}`);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });

/** @type {{ name: string, path: string, url: string, budgeted: boolean, loads: { dir: string, benchmarkIndex: number, at4x: any, work: { cpuMs: number, wallMs: number } }[] }[]} */
const targets = [];
for (const page of benchPages()) {
  const url = `${site.url}${page.path}`;
  const status = (await fetch(url)).status;
  if (status === 200) targets.push({ ...page, url, budgeted: true, loads: [] });
  else console.log(`skip  ${page.name} (${page.path}): HTTP ${status}, not in this build yet`);
}
if (reference) targets.push({ name: 'empty Next page', path: '/', url: `${reference.url}/`, budgeted: false, loads: [] });

try {
  // One unscored load of each page first: the image optimiser and the server's caches are warm in
  // production after the first visitor, and a cold first load measures the build, not the page.
  for (const target of targets) {
    await lighthouse(target.url, { ...flagsFor(DEFAULT_MULTIPLIER), port: chrome.port, gatherMode: path.join(gatherDir, `warm-up-${slug(target.name)}`) });
  }
  // Rounds across all pages, so a slow spell on the host falls on every page alike.
  for (let round = 0; round < RUNS; round++) {
    for (const target of targets) {
      // A load Lighthouse cannot score (e.g. NO_NAVSTART from a lost trace event) is gathered again, not scored as 0.
      for (let attempt = 0; attempt < 3; attempt++) {
        const dir = path.join(gatherDir, `${slug(target.name)}-${round}-${attempt}`);
        await lighthouse(target.url, { ...flagsFor(DEFAULT_MULTIPLIER), port: chrome.port, gatherMode: dir });
        const at4x = await audit(target.url, dir, DEFAULT_MULTIPLIER);
        if (!at4x.lhr.runtimeError) {
          target.loads.push({ dir, benchmarkIndex: at4x.lhr.environment.benchmarkIndex, at4x, work: mainThreadWork(dir) });
          break;
        }
        console.log(`again ${target.name}: ${at4x.lhr.runtimeError.code}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await edge?.stop();
  await origin.stop();
  await reference?.stop();
}

const missing = targets.filter((t) => t.loads.length === 0);
if (missing.length > 0) throw new Error(`Lighthouse could not measure ${missing.map((t) => t.url).join(', ')}`);
const readings = targets.flatMap((t) => t.loads.map((l) => l.benchmarkIndex));
const benchmarkIndex = median(readings);
const fixed = Number(process.env.BENCH_CPU_MULTIPLIER) || undefined;
const multiplier = fixed ?? Number(cpuMultiplier(benchmarkIndex).toFixed(2));
console.log(`Benchmark index of the ${readings.length} loads: median ${Math.round(benchmarkIndex)} (${Math.round(Math.min(...readings))}–${Math.round(Math.max(...readings))})`);
console.log(`CPU slowdown ${multiplier}x${fixed ? ' (BENCH_CPU_MULTIPLIER)' : ' (calibrated)'}${benchmarkIndex < 150 ? '; host slower than the reference phone, scores are pessimistic' : ''}`);
// Lighthouse's throttling guide places high-end desktops at an index of 1,500–2,000; above that the
// calculator's line is extrapolated, and it assumes page work speeds up with the index as much as
// its JavaScript benchmark does. The "waiting" column below shows when the host says otherwise.
if (!fixed && benchmarkIndex > HIGH_END_DESKTOP_INDEX) {
  console.log(`Note: index above ${HIGH_END_DESKTOP_INDEX}, the top of Lighthouse's high-end desktop range; the slowdown is extrapolated, so read the 4x column too`);
}

/** The load whose performance score is the median of `results`, and its headline figures. */
function medianLoad(results) {
  const { lhr, report } = [...results].sort((a, b) => perfOf(a) - perfOf(b))[Math.floor(results.length / 2)];
  const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    lhr,
    report,
    perf: perfOf({ lhr }),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    cls: Number(metric('cumulative-layout-shift').toFixed(3)),
    tbtMs: Math.round(metric('total-blocking-time')),
    runs: results.map((r) => perfOf(r).toFixed(2)).join(' '),
  };
}

const rows = [];
const failures = [];
for (const target of targets) {
  const results = [];
  for (const load of target.loads) results.push(multiplier === DEFAULT_MULTIPLIER ? load.at4x : await audit(target.url, load.dir, multiplier));
  const calibrated = medianLoad(results);
  const at4x = medianLoad(target.loads.map((l) => l.at4x));
  const { lhr, report } = calibrated;
  writeFileSync(path.join(outDir, `${slug(target.name)}.json`), Array.isArray(report) ? report[0] : report);
  const score = (id) => lhr.categories[id]?.score ?? 0;
  rows.push({
    target,
    page: target.budgeted ? target.name : `(${target.name})`,
    a11y: score('accessibility'),
    bp: score('best-practices'),
    seo: score('seo'),
    calibrated,
    at4x,
    lcpPath: await lcpPath(target.loads.find((l) => l.at4x.lhr === at4x.lhr).dir, DEFAULT_MULTIPLIER),
    cpuMs: Math.round(median(target.loads.map((l) => l.work.cpuMs))),
    waiting: median(target.loads.map((l) => l.work.wallMs / Math.max(l.work.cpuMs, 1))),
  });
  if (!target.budgeted) continue;
  for (const [id, min] of Object.entries(BUDGET)) {
    if (score(id) < min) {
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && lhr.categories[id]?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
        .map((a) => a.id);
      failures.push(`${target.name}: ${id} ${score(id)} < ${min} (${failed.join(', ')})`);
    }
  }
}

// Against the framework's floor, measured in the same rounds under the same slowdown: a page may
// score at most REFERENCE_MARGIN below the empty Next page, in both profiles, and paint its largest
// element by LCP_LIMIT_MS on Lighthouse's default mobile profile (issue 18, item 5).
const referenceRow = rows.find((r) => !r.target.budgeted);
if (referenceRow) {
  for (const r of rows.filter((row) => row.target.budgeted)) {
    for (const [profile, figures, floor] of [
      [`${multiplier}x`, r.calibrated, referenceRow.calibrated.perf],
      ['4x', r.at4x, referenceRow.at4x.perf],
    ]) {
      if (figures.perf < floor - REFERENCE_MARGIN - 1e-9) failures.push(`${r.target.name}: performance ${figures.perf} at ${profile} is more than ${REFERENCE_MARGIN} below the empty Next page's ${floor}`);
    }
    if (r.at4x.lcpMs > LCP_LIMIT_MS) failures.push(`${r.target.name}: LCP ${r.at4x.lcpMs} ms at 4x exceeds ${LCP_LIMIT_MS} ms`);
  }
}

console.log(`Median of ${RUNS} load(s) per page, each load audited at ${multiplier}x (calibrated) and at Lighthouse's default 4x; (bracketed) rows are references, not budgeted`);
console.log('"main CPU" is the renderer main thread\'s own CPU time per load, unthrottled; "waiting" is its wall time over that (1.0 on an idle core)');
const profileCells = (f) => `${f.perf.toFixed(2).padEnd(5)} ${String(f.lcpMs).padStart(6)}  ${String(f.tbtMs).padStart(6)}`;
console.log(`${''.padEnd(20)} ${`calibrated ${multiplier}x`.padEnd(20)}  ${'default 4x'.padEnd(20)}`);
console.log(`${'page'.padEnd(20)} perf  LCP ms  TBT ms  perf  LCP ms  TBT ms  a11y  bp    seo   CLS    perf per load (cal.)  perf per load (4x)    main CPU ms  waiting`);
for (const r of rows) {
  const cells = [r.a11y, r.bp, r.seo].map((n) => n.toFixed(2).padEnd(5)).join(' ');
  const work = `${String(r.cpuMs).padStart(11)}  ${r.waiting.toFixed(1)}x`;
  console.log(
    `${r.page.padEnd(20)} ${profileCells(r.calibrated)}  ${profileCells(r.at4x)}  ${cells} ${r.calibrated.cls.toFixed(3)}  ${r.calibrated.runs.padEnd(20)}  ${r.at4x.runs.padEnd(20)}  ${work}`,
  );
}
// What the 4x LCP above is made of (tests/bench/lcp-path.mjs): the replay's end of the document,
// the stylesheet and the scripts on the LCP path; and, from the real load, when the page painted and
// how many of its scripts had already arrived (each of those is on the path).
console.log('LCP path at 4x (median load): simulated end of document, stylesheet and the scripts kept on the path; observed paint in the unthrottled load');
console.log(`${'page'.padEnd(20)} doc ms  CSS ms  scripts (KB)   end ms  LCP ms  observed paint ms  scripts arrived before it`);
for (const r of rows) {
  const p = r.lcpPath;
  const scripts = `${p.scripts} (${p.scriptKb.toFixed(0)})`;
  console.log(
    `${r.page.padEnd(20)} ${String(p.docEndMs).padStart(6)}  ${String(p.cssEndMs || '-').padStart(6)}  ${scripts.padEnd(12)}  ${String(p.lastScriptEndMs || '-').padStart(6)}  ${String(p.lcpMs).padStart(6)}  ${String(p.observedPaintMs).padStart(17)}  ${p.scriptsBeforePaint} of ${p.scriptsLoaded}`,
  );
}
console.log(`Reports: ${path.relative(root, outDir)}/`);
for (const f of failures) console.error(`BUDGET FAILED: ${f}`);
process.exit(failures.length > 0 ? 1 : 0);
