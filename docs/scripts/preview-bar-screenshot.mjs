#!/usr/bin/env node
/**
 * Takes docs/images/preview-bar.png from the real site: starts the built site (`npx next build`
 * first) on port 3406 with the seed content, opens a preview link as an editor would, and
 * captures the top of the page. Run: node docs/scripts/preview-bar-screenshot.mjs
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PORT = Number(process.env.SCREENSHOT_PORT ?? 3406);
const SECRET = 'docs-preview-secret-0123456789';
const base = `http://127.0.0.1:${PORT}`;

const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
  cwd: ROOT,
  env: { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'warn', CONTENTFUL_PREVIEW_SECRET: SECRET, DATA_DIR: '.data/docs' },
  stdio: 'ignore',
});

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      if (i > 300) throw new Error('server did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 960, height: 400 } });
  await page.goto(`${base}/api/draft?secret=${SECRET}&type=campaignStat&id=stat-opfs-354m`);
  const bar = page.getByRole('complementary', { name: 'Preview mode' });
  await bar.waitFor();
  const header = await page.locator('header').boundingBox();
  await page.screenshot({
    path: path.join(ROOT, 'docs', 'images', 'preview-bar.png'),
    clip: { x: 0, y: 0, width: 960, height: Math.ceil((header?.y ?? 0) + (header?.height ?? 0)) },
  });
  await browser.close();
  console.log('wrote docs/images/preview-bar.png');
} finally {
  server.kill('SIGTERM');
}
