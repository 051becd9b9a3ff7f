#!/usr/bin/env node
/**
 * Quick exit speed: time from the trigger (the click or the second Escape, as the browser
 * timestamped the input event) to the start of the navigation to the exit destination (the
 * browser's wall-clock time for the destination request, from CDP Network.requestWillBeSent).
 * Target: median of 20 at or under 100 ms.
 *
 * Needs a production build (`npx next build`). Serves it on BENCH_PORT (default 3301), or
 * measures an already running site at BENCH_URL.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const RUNS = 20;
const TARGET_MS = 100;
const root = path.resolve(import.meta.dirname, '../..');
const seed = JSON.parse(readFileSync(path.join(root, 'content-models/seed/export.json'), 'utf8'));
const exitUrl = seed.entries.find((e) => e.sys.contentType.sys.id === 'siteSettings').fields.exitDestinationUrl['en-GB'];
// The same flags as chromiumArgs in playwright.config.ts (a .ts file Node 20 cannot import).
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

async function startServer() {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: () => {} };
  const port = Number(process.env.BENCH_PORT ?? 3301);
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', DATA_DIR: '.data/bench', HASH_SALT: 'bench-hash-salt-0123456789' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`next start did not answer on ${url}`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(page, cdp, baseUrl, trigger) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${baseUrl}/`);
    // Measures the hydrated control: its key listener is attached once it sets the ready flag.
    await page.waitForFunction(() => window.__fixthecmsQuickExit === true);
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
  await page.addInitScript(() => {
    let escapes = 0;
    const log = (e) => console.log(`qe-trigger ${performance.timeOrigin + e.timeStamp}`);
    addEventListener('click', (e) => e.target.closest?.('[data-quick-exit]') && log(e), true);
    addEventListener('keydown', (e) => e.key === 'Escape' && ++escapes === 2 && log(e), true);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');

  const triggers = {
    click: (p) => p.click('[data-quick-exit]'),
    'Escape twice': async (p) => {
      await p.keyboard.press('Escape');
      await p.keyboard.press('Escape');
    },
  };
  for (const [name, trigger] of Object.entries(triggers)) {
    const samples = await measure(page, cdp, server.url, trigger);
    const m = median(samples);
    const ok = m <= TARGET_MS;
    if (!ok) failed = true;
    console.log(
      `quick exit (${name}): trigger → navigation start, median of ${RUNS} = ${m.toFixed(1)} ms ` +
        `(min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}); target ≤ ${TARGET_MS} ms ${ok ? 'OK' : 'FAIL'}`,
    );
  }
} finally {
  await browser.close();
  server.stop();
}
process.exit(failed ? 1 : 0);
