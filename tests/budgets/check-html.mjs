#!/usr/bin/env node
// Validates the prerendered HTML of every page in the last build with the Nu HTML Checker
// (vnu-jar; needs Java). Any error fails; warnings are printed. Run after `next build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const appDir = path.join(root, '.next/server/app');
const jar = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');

/**
 * Messages that are not faults of our markup. Each needs a reason; keep this list short.
 * (None so far: React 19 + Next 16 static output validates cleanly.)
 */
const KNOWN_FALSE_POSITIVES = [];

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

if (!existsSync(appDir)) {
  console.error('No build found in .next: run `next build` first.');
  process.exit(1);
}
const files = htmlFiles(appDir).sort();
if (files.length === 0) {
  console.error('The build has no prerendered HTML to validate.');
  process.exit(1);
}

const result = spawnSync('java', ['-Xss4m', '-jar', jar, '--format', 'json', '--exit-zero-always', ...files], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (result.error || result.status !== 0) {
  console.error('Could not run the Nu HTML Checker (is Java installed?)', result.error?.message ?? result.stderr);
  process.exit(1);
}
const { messages } = JSON.parse(result.stderr || '{"messages":[]}');

const rel = (url) => path.relative(appDir, decodeURIComponent(new URL(url).pathname));
const ignored = (m) => KNOWN_FALSE_POSITIVES.some((fp) => fp.pattern.test(m.message));
const errors = messages.filter((m) => (m.type === 'error' || m.subType === 'fatal') && !ignored(m));
const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning' && !ignored(m));

for (const m of warnings) console.log(`warning ${rel(m.url)}:${m.lastLine ?? '?'} ${m.message}`);
for (const m of errors) console.error(`error   ${rel(m.url)}:${m.lastLine ?? '?'} ${m.message}\n        ${(m.extract ?? '').trim().slice(0, 160)}`);
console.log(`HTML validity: ${files.length} pages checked (${files.map((f) => path.relative(appDir, f)).join(', ')}), ${errors.length} errors, ${warnings.length} warnings.`);
process.exit(errors.length > 0 ? 1 : 0);
