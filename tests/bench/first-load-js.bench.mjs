#!/usr/bin/env node
// First-load JS per prerendered route: gzip size of every <script src> the HTML loads, compared
// with the not-found page (the app shell with no page content). Fails if a news article loads
// more than BUDGET_KB extra. Needs an existing `next build`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..', '..');
const appDir = path.join(root, '.next/server/app');
const BUDGET_KB = 15;

if (!existsSync(appDir)) {
  console.error('No .next build: run `npx next build` first');
  process.exit(1);
}

const gzCache = new Map();
function gzipSize(src) {
  if (!gzCache.has(src)) {
    const file = path.join(root, '.next', src.replace(/^\/_next\//, '').split('?')[0]);
    gzCache.set(src, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
  }
  return gzCache.get(src);
}

function scriptsOf(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  return [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const baseline = scriptsOf(path.join(appDir, '_not-found.html'));
const baselineKb = baseline.reduce((sum, s) => sum + gzipSize(s), 0) / 1024;
console.log(`empty page (/_not-found): ${baselineKb.toFixed(1)} KB gz in ${baseline.length} scripts`);

const rows = htmlFiles(appDir)
  .filter((f) => !f.endsWith('_not-found.html') && !f.endsWith('_global-error.html'))
  .map((f) => {
    const route = '/' + path.relative(appDir, f).replace(/\.html$/, '').replace(/^index$/, '');
    const scripts = scriptsOf(f);
    const totalKb = scripts.reduce((sum, s) => sum + gzipSize(s), 0) / 1024;
    const extraKb = scripts.filter((s) => !baseline.includes(s)).reduce((sum, s) => sum + gzipSize(s), 0) / 1024;
    return { route, totalKb, extraKb };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

for (const r of rows) console.log(`${r.route.padEnd(70)} ${r.totalKb.toFixed(1).padStart(7)} KB gz  (+${r.extraKb.toFixed(1)} KB)`);

const articles = rows.filter((r) => /^\/news\/(?!page\/|tag\/|rss)[^/]+$/.test(r.route));
const worst = Math.max(...articles.map((r) => r.extraKb));
if (articles.length === 0 || worst > BUDGET_KB) {
  console.error(`FAIL: article pages load ${worst.toFixed(1)} KB gz more than the empty page (budget ${BUDGET_KB} KB)`);
  process.exit(1);
}
console.log(`OK: article pages load at most +${worst.toFixed(1)} KB gz over the empty page (budget ${BUDGET_KB} KB)`);
