#!/usr/bin/env node
/**
 * Quick exit speed: time from the trigger (the click, the second Escape or the third Shift, as
 * the browser timestamped the input event) to the start of the navigation to the exit destination
 * (the browser's wall-clock time for the destination request, from CDP Network.requestWillBeSent).
 * The reference is a plain link to the same destination on the same page, clicked in the same
 * rounds: the quick exit's work before location.replace() must add at most 50 ms to its median
 * (difference and ratio printed), and every gesture's median must be at or under 100 ms.
 *
 * Builds if needed and serves the build with the production server on BENCH_PORT (default 3301),
 * or measures an already running site at BENCH_URL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { cpuMultiplier, ensureBuild, root, startSite } from './support.mjs';

const RUNS = 20;
const TARGET_MS = 100;
const OVER_PLAIN_LINK_MS = 50;
const PLAIN_LINK_ID = 'bench-plain-link';
const seed = JSON.parse(readFileSync(path.join(root, 'content-models/seed/export.json'), 'utf8'));
const exitUrl = seed.entries.find((e) => e.sys.contentType.sys.id === 'siteSettings').fields.exitDestinationUrl['en-GB'];
// The same flags as chromiumArgs in playwright.config.ts (a .ts file Node 20 cannot import).
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

async function startServer() {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: () => {} };
  ensureBuild();
  return startSite(Number(process.env.BENCH_PORT ?? 3301));
}

/**
 * QUICK_EXIT_CPU_SLOWDOWN=4 is Lighthouse's mobile factor, which stands for a phone only on a host
 * with a benchmark index of about 1,530; `calibrated` measures this host's index with Lighthouse's
 * own benchmark (median of five readings) and applies the slowdown its calculator gives for it, as
 * the Lighthouse bench does. Unset: no slowdown.
 */
async function cpuSlowdown(page) {
  const setting = process.env.QUICK_EXIT_CPU_SLOWDOWN ?? '1';
  if (setting !== 'calibrated') return Number(setting);
  const readings = [];
  for (let i = 0; i < 5; i++) readings.push(await page.evaluate(pageFunctions.computeBenchmarkIndex));
  const index = median(readings);
  console.log(`Benchmark index: median ${Math.round(index)} (${readings.map(Math.round).join(', ')})`);
  return Number(cpuMultiplier(index).toFixed(2));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(page, cdp, baseUrl, trigger, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${baseUrl}/`);
    // Measures the hydrated control: its key listener is attached once it sets the ready flag.
    await page.waitForFunction(() => window.__fixthecmsQuickExit === true);
    // The reference: an ordinary link to the same place, first in the page.
    await page.evaluate(
      ({ id, href }) => document.body.insertAdjacentHTML('afterbegin', `<a id="${id}" href="${href}">Weather</a>`),
      { id: PLAIN_LINK_ID, href: exitUrl },
    );
    const triggeredAt = new Promise((resolve) => {
      const onConsole = (msg) => {
        if (!msg.text().startsWith('qe-trigger ')) return;
        page.off('console', onConsole);
        resolve(Number(msg.text().slice('qe-trigger '.length)));
      };
      page.on('console', onConsole);
    });
    const requestedAt = new Promise((resolve) => {
      const onRequest = (e) => {
        if (e.type !== 'Document' || !e.request.url.startsWith(exitUrl)) return;
        cdp.off('Network.requestWillBeSent', onRequest);
        resolve(e.wallTime * 1000);
      };
      cdp.on('Network.requestWillBeSent', onRequest);
    });
    await trigger(page);
    await page.waitForURL(exitUrl);
    samples.push((await requestedAt) - (await triggeredAt));
  }
  return samples;
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
let failed = false;
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${new URL(exitUrl).origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather' }));
  // The trigger's own timestamp, from a capturing listener that runs before the site's handlers.
  await page.addInitScript((plain) => {
    let escapes = 0;
    let shifts = 0;
    const log = (e) => console.log(`qe-trigger ${performance.timeOrigin + e.timeStamp}`);
    addEventListener('click', (e) => e.target.closest?.(`[data-quick-exit], #${plain}`) && log(e), true);
    addEventListener('keydown', (e) => (e.key === 'Escape' ? ++escapes === 2 : e.key === 'Shift' && ++shifts === 3) && log(e), true);
  }, PLAIN_LINK_ID);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const slowdown = await cpuSlowdown(page);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  console.log(`CPU slowdown ${slowdown}x${process.env.QUICK_EXIT_CPU_SLOWDOWN === 'calibrated' ? ' (calibrated)' : ''}`);

  const triggers = {
    'plain link (reference)': (p) => p.click(`#${PLAIN_LINK_ID}`),
    click: (p) => p.click('[data-quick-exit]'),
    'Escape twice': async (p) => {
      await p.keyboard.press('Escape');
      await p.keyboard.press('Escape');
    },
    'Shift three times': async (p) => {
      for (let i = 0; i < 3; i++) await p.keyboard.press('Shift');
    },
  };
  const medians = {};
  // Interleaved rounds, so load on the shared machine falls on every trigger alike.
  const samples = Object.fromEntries(Object.keys(triggers).map((name) => [name, []]));
  for (let round = 0; round < RUNS; round++) {
    for (const [name, trigger] of Object.entries(triggers)) samples[name].push(...(await measure(page, cdp, server.url, trigger, 1)));
  }
  for (const [name, xs] of Object.entries(samples)) {
    const m = (medians[name] = median(xs));
    const ok = m <= TARGET_MS;
    if (!ok) failed = true;
    console.log(
      `quick exit (${name}): trigger → navigation start, median of ${RUNS} = ${m.toFixed(1)} ms ` +
        `(min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}); target ≤ ${TARGET_MS} ms ${ok ? 'OK' : 'FAIL'}`,
    );
  }
  const plain = medians['plain link (reference)'];
  const extra = medians.click - plain;
  const ok = extra <= OVER_PLAIN_LINK_MS;
  if (!ok) failed = true;
  console.log(
    `quick exit click vs plain link: ${medians.click.toFixed(1)} vs ${plain.toFixed(1)} ms, ` +
      `${extra >= 0 ? '+' : ''}${extra.toFixed(1)} ms, ratio ${(medians.click / plain).toFixed(2)}; target ≤ +${OVER_PLAIN_LINK_MS} ms ${ok ? 'OK' : 'FAIL'}`,
  );
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
