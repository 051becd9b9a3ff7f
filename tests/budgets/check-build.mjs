#!/usr/bin/env node
// Page-weight budgets, checked on the output of `next build` (sizes, not timings):
//  - first-load JS of every prerendered route ≤ the empty-page baseline + 15 KB gzip;
//  - a news article's total weight (HTML + CSS + JS + images) ≤ 250 KB;
//  - at most 2 font files, each @font-face with `font-display: swap`;
//  - images: every <img> has width and height (no layout shift), optimised images carry a
//    srcset with `sizes`, the optimiser serves AVIF then WebP, and an article's hero (its first
//    image) is preloaded with high fetch priority and not lazy, so it can be the LCP early;
//  - Live Preview (editors only): its client code and the SDK are in chunks that only the
//    draft-mode slot lists; no reader's page loads any of it.
// "First-load JS" is every <script src> in the route's prerendered HTML, gzipped as a CDN would
// send it. The baseline is `/_global-error`: Next builds it in every app, it does not use our
// root layout, so its scripts are the framework runtime an empty Next page needs (plus Next's
// own tiny error component).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');
const next = path.join(root, '.next');
const appDir = path.join(next, 'server/app');
const KB = 1024;
export const BUDGETS = { jsOverBaseline: 15 * KB, articleTotal: 250 * KB, fontFiles: 2 };
const BASELINE_ROUTE = '/_global-error';

const gzCache = new Map();
function gzipSize(file) {
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 6 }).length);
  return gzCache.get(file);
}

function walk(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full, keep) : keep(e.name) ? [full] : [];
  });
}

/** `/_next/static/chunks/a.js?dpl=…` → the file under .next/static. */
function staticFile(url) {
  const pathname = decodeURIComponent(new URL(url, 'http://site').pathname);
  if (!pathname.startsWith('/_next/static/')) return null;
  const file = path.join(next, 'static', pathname.slice('/_next/static/'.length));
  return existsSync(file) ? file : null;
}

// React writes some attributes camel-cased (srcSet, fetchPriority); HTML names are case-insensitive.
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1]?.replace(/&amp;/g, '&');

export function pageAssets(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attr(m[0], 'src')).filter(Boolean);
  const styles = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .map((tag) => attr(tag, 'href'))
    .filter(Boolean);
  const images = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => {
    const tag = m[0];
    const srcset = attr(tag, 'srcset');
    // A phone downloads one candidate; the largest one bounds it from above.
    const candidates = srcset ? srcset.split(',').map((c) => c.trim().split(/\s+/)[0]) : [];
    return candidates.at(-1) ?? attr(tag, 'src');
  });
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)], images: images.filter(Boolean) };
}

/** Bytes of an image as served: a file in public/ or a seed asset, looked up by file name. */
function imageBytes(src) {
  const url = new URL(src, 'http://site');
  const original = url.pathname === '/_next/image' ? url.searchParams.get('url') ?? '' : src;
  const name = decodeURIComponent(new URL(original, 'http://site').pathname.split('/').pop() ?? '');
  const candidates = [path.join(root, 'public', new URL(original, 'http://site').pathname), ...walk(path.join(root, 'public'), (n) => n === name)];
  const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
  return file ? statSync(file).size : null;
}

/** Image markup rules, checked on every prerendered page; the hero rules on articles. */
function imageFailures(pages, articles) {
  const failures = [];
  const formats = JSON.parse(readFileSync(path.join(next, 'images-manifest.json'), 'utf8')).images?.formats ?? [];
  if (formats.join() !== 'image/avif,image/webp') failures.push(`images.formats is ${JSON.stringify(formats)}, expected AVIF then WebP`);
  for (const p of pages) {
    for (const tag of p.tags.images) {
      if (!attr(tag, 'width') || !attr(tag, 'height')) failures.push(`${p.route}: <img> without width and height: ${tag.slice(0, 100)}`);
      if (/\/_next\/image\?/.test(tag) && (!attr(tag, 'srcSet') || !attr(tag, 'sizes'))) failures.push(`${p.route}: optimised <img> without srcset and sizes: ${tag.slice(0, 100)}`);
    }
  }
  for (const p of articles) {
    const hero = p.tags.images[0];
    if (!hero) {
      failures.push(`${p.route}: article has no hero image`);
      continue;
    }
    if (attr(hero, 'fetchPriority') !== 'high') failures.push(`${p.route}: hero image without fetchpriority="high"`);
    if (attr(hero, 'loading') === 'lazy') failures.push(`${p.route}: hero image is lazy-loaded`);
    const srcset = attr(hero, 'srcSet');
    if (!p.tags.links.some((l) => /\brel="preload"/.test(l) && /\bas="image"/.test(l) && attr(l, 'imageSrcSet') === srcset)) {
      failures.push(`${p.route}: hero image is not preloaded`);
    }
  }
  return failures;
}

/** Every route's client reference manifest (route → { clientModules, entryJSFiles }), as Next loads them. */
function clientManifests() {
  const sandbox = {};
  sandbox.globalThis = sandbox;
  for (const file of walk(appDir, (n) => n.endsWith('_client-reference-manifest.js'))) vm.runInNewContext(readFileSync(file, 'utf8'), sandbox);
  return /** @type {Record<string, { clientModules: Record<string, { chunks: string[] }>, entryJSFiles: Record<string, string[]> }>} */ (sandbox.__RSC_MANIFEST ?? {});
}

/** `/_next/static/chunks/a.js` and `static/chunks/a.js` → `chunks/a.js`. */
const chunkName = (file) => file.replace(/^\/?(_next\/)?static\//, '');

// Live Preview's client code (components/preview) and the segment that alone may load it.
const PREVIEW_MODULE = /\/components\/preview\//;
const DRAFT_SEGMENT = /\/app\/@preview\//;

/**
 * Live Preview is for editors in draft mode: readers' pages must load none of its code, not even
 * the small component that starts it. Its chunks are those the client manifests list for
 * components/preview modules and for no other module, plus every chunk holding the SDK (found by
 * its message source); the root layout and every page must list none of them (only the draft-mode
 * slot app/@preview may), and no prerendered page's scripts may include one. If that code shares a
 * chunk with readers' code, there is no such chunk: that fails too.
 */
function livePreviewFailures(pages) {
  const failures = [];
  const manifests = Object.entries(clientManifests());
  if (manifests.length === 0) return ['no client reference manifests in .next/server/app'];
  const previewChunks = new Set();
  const sharedChunks = new Set();
  for (const [, manifest] of manifests) {
    for (const [module, { chunks }] of Object.entries(manifest.clientModules)) {
      for (const chunk of chunks) (PREVIEW_MODULE.test(module) ? previewChunks : sharedChunks).add(chunkName(chunk));
    }
  }
  const forbidden = new Set([...previewChunks].filter((c) => !sharedChunks.has(c)));
  if (forbidden.size === 0) failures.push('Live Preview\'s client code (components/preview) has no chunk of its own: it ships with readers\' code');
  const sdk = walk(path.join(next, 'static/chunks'), (n) => n.endsWith('.js')).filter((f) => readFileSync(f, 'utf8').includes('"live-preview-sdk"'));
  if (sdk.length === 0) failures.push('no chunk holds the Live Preview SDK: is it still loaded by components/preview/live-session.ts?');
  for (const f of sdk) forbidden.add(path.relative(path.join(next, 'static'), f));

  let draftSegments = 0;
  for (const [route, manifest] of manifests) {
    for (const [segment, files] of Object.entries(manifest.entryJSFiles)) {
      if (DRAFT_SEGMENT.test(segment)) {
        draftSegments += files.some((f) => forbidden.has(chunkName(f))) ? 1 : 0;
        continue;
      }
      for (const f of files) if (forbidden.has(chunkName(f))) failures.push(`${route}: ${segment} lists Live Preview code (${f})`);
    }
  }
  if (draftSegments === 0) failures.push('no route lists Live Preview\'s chunks for the draft-mode slot app/@preview: editors would not get it');
  for (const p of pages) {
    for (const s of p.assets.scripts) if (forbidden.has(chunkName(new URL(s, 'http://site').pathname))) failures.push(`${p.route}: loads Live Preview code (${s})`);
  }
  const bytes = [...forbidden].reduce((n, c) => n + (existsSync(path.join(next, 'static', c)) ? gzipSize(path.join(next, 'static', c)) : 0), 0);
  console.log(`Live Preview: ${forbidden.size} chunk(s), ${(bytes / KB).toFixed(1)} KB gzip, loaded only by the draft-mode slot on ${draftSegments} route(s)`);
  return failures;
}

function routeOf(file) {
  const rel = path.relative(appDir, file).replace(/\.html$/, '');
  return rel === 'index' ? '/' : `/${rel.replace(/\/index$/, '')}`;
}

function main() {
  if (!existsSync(appDir)) {
    console.error('No build found in .next: run `next build` first.');
    return 1;
  }
  const pages = walk(appDir, (n) => n.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const assets = pageAssets(html);
      const missing = assets.scripts.filter((s) => !staticFile(s));
      const js = assets.scripts.map(staticFile).filter(Boolean).reduce((sum, f) => sum + gzipSize(f), 0);
      const css = assets.styles.map(staticFile).filter(Boolean).reduce((sum, f) => sum + gzipSize(f), 0);
      const tags = { images: [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]), links: [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]) };
      return { route: routeOf(file), file, html: gzipSync(html).length, js, css, assets, tags, missing };
    })
    .sort((a, b) => a.route.localeCompare(b.route));

  const failures = [];
  const baseline = pages.find((p) => p.route === BASELINE_ROUTE);
  if (!baseline) {
    console.error(`No ${BASELINE_ROUTE} page in the build to measure the empty-page baseline.`);
    return 1;
  }
  const limit = baseline.js + BUDGETS.jsOverBaseline;
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(`First-load JS (gzip), empty-page baseline ${BASELINE_ROUTE} = ${kb(baseline.js)}, limit ${kb(limit)}:`);
  for (const p of pages) {
    const over = p.js - baseline.js;
    console.log(`  ${p.route.padEnd(40)} ${kb(p.js).padStart(9)}  (+${kb(Math.max(0, over))}, ${p.assets.scripts.length} scripts)  CSS ${kb(p.css)}  HTML ${kb(p.html)}`);
    if (p.missing.length > 0) failures.push(`${p.route}: scripts missing from .next/static: ${p.missing.join(', ')}`);
    if (p.js > limit) failures.push(`${p.route}: first-load JS ${kb(p.js)} exceeds ${kb(limit)} (baseline + 15 KB)`);
  }

  // Articles: every prerendered /news/<slug> page, once the news route exists.
  const articleRoute = walk(path.join(root, 'app'), (n) => /^page\.(tsx|ts|jsx|js)$/.test(n)).find((f) =>
    /(^|\/)news\/\[[^/\]]+\]\/page\.\w+$/.test(path.relative(path.join(root, 'app'), f).split(path.sep).join('/')),
  );
  const articles = pages.filter((p) => /^\/news\/[^/]+$/.test(p.route) && !/^\/news\/(page|tag)$/.test(p.route));
  if (articleRoute && articles.length === 0) failures.push(`${path.relative(root, articleRoute)} exists but no article page was prerendered`);
  if (articles.length === 0) console.log('Article weight: no article route in this build yet (app/news/[slug]).');
  for (const p of articles) {
    let images = 0;
    for (const src of p.assets.images) {
      const bytes = imageBytes(src);
      if (bytes === null) failures.push(`${p.route}: cannot size image ${src}`);
      else images += bytes;
    }
    const total = p.html + p.css + p.js + images;
    console.log(`Article ${p.route}: ${kb(total)} total (HTML ${kb(p.html)}, CSS ${kb(p.css)}, JS ${kb(p.js)}, images ${kb(images)})`);
    if (total > BUDGETS.articleTotal) failures.push(`${p.route}: page weight ${kb(total)} exceeds ${kb(BUDGETS.articleTotal)}`);
  }

  failures.push(...imageFailures(pages, articles));
  failures.push(...livePreviewFailures(pages));

  const fonts = walk(path.join(next, 'static'), (n) => /\.(woff2?|ttf|otf|eot)$/i.test(n));
  console.log(`Fonts: ${fonts.length} file(s)${fonts.length ? `: ${fonts.map((f) => path.basename(f)).join(', ')}` : ' (system font stack)'}`);
  if (fonts.length > BUDGETS.fontFiles) failures.push(`${fonts.length} font files exceed the budget of ${BUDGETS.fontFiles}`);
  const css = walk(path.join(next, 'static'), (n) => n.endsWith('.css')).map((f) => readFileSync(f, 'utf8')).join('\n');
  for (const face of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    if (!/font-display:\s*swap/.test(face)) failures.push(`@font-face without font-display: swap: ${face.slice(0, 120)}`);
  }

  for (const f of failures) console.error(`BUDGET FAILED: ${f}`);
  console.log(failures.length === 0 ? 'Build budgets: all within limits.' : `Build budgets: ${failures.length} failure(s).`);
  return failures.length === 0 ? 0 : 1;
}

process.exit(main());
