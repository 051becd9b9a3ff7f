// Shared by the benches: the pages to measure (derived from the seed space), the build they
// measure (ensureBuild, re-exported from scripts/build.mjs), and a site server on it.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBuild } from '../../scripts/build.mjs';
import { LOCAL_IMAGE_DIR, layoutLocalImage } from '../../scripts/image-layout.mjs';

export { ensureBuild };
export const root = path.resolve(import.meta.dirname, '../..');
const LOCALE = 'en-GB';

function publishedValue(entry, snapshots, field) {
  const changed = (entry.sys.version ?? 0) > (entry.sys.publishedVersion ?? 0) + 1;
  const source = changed ? snapshots[entry.sys.id]?.fields : entry.fields;
  return source?.[field]?.[LOCALE];
}

/** Home, the newest news article, a research summary, donate and cover-your-tracks, from the seed. */
export function benchPages() {
  const seedDir = path.join(root, 'content-models/seed');
  const { entries } = JSON.parse(readFileSync(path.join(seedDir, 'export.json'), 'utf8'));
  const snapshots = JSON.parse(readFileSync(path.join(seedDir, 'published-snapshots.json'), 'utf8'));
  const published = (type) =>
    entries.filter((e) => e.sys.contentType.sys.id === type && typeof e.sys.publishedVersion === 'number');
  const newest = published('newsArticle')
    .map((e) => ({ slug: publishedValue(e, snapshots, 'slug'), date: publishedValue(e, snapshots, 'publishDate') ?? '' }))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  const research = published('researchSummary').map((e) => publishedValue(e, snapshots, 'slug'))[0];
  return [
    { name: 'home', path: '/' },
    { name: 'news article', path: `/news/${newest?.slug}` },
    { name: 'research summary', path: `/research/${research}` },
    { name: 'donate', path: '/donate' },
    { name: 'cover your tracks', path: '/cover-your-tracks' },
  ];
}

/**
 * Starts the built site as production runs it (the image's CMD in the build laid out as the image,
 * .next/image), or `serverCommand` (BENCH_SERVER_CMD by default, run in the repo root) with {port}
 * substituted, on `port`, and resolves once it answers. The caller stops it with the returned function.
 */
export async function startSite(port, env = {}, serverCommand = process.env.BENCH_SERVER_CMD) {
  const command = serverCommand?.replaceAll('{port}', String(port));
  const image = command ? null : layoutLocalImage();
  const [cmd, args] = image ? [process.execPath, image.cmd.slice(1)] : ['sh', ['-c', command]];
  const child = spawn(cmd, args, {
    cwd: image ? LOCAL_IMAGE_DIR : root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      ...image?.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      HOSTNAME: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: path.join(root, '.data/bench'),
      ...env,
    },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`site server exited: ${stderr.slice(-1000)}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`site server did not start: ${stderr.slice(-1000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', resolve);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        resolve();
      }
    });
  return { url, stop, pid: child.pid, stderr: () => stderr };
}

/**
 * Lighthouse's CPU-throttling calculator: the slowdown that makes this host act like its reference phone.
 * Its 4x default stands for a host with a benchmark index of about 1,530.
 */
export function cpuMultiplier(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden fields of the #signup form on /get-involved, as a browser without JavaScript posts them. */
export function signupHiddenFields(html) {
  const at = html.indexOf('id="signup"');
  if (at < 0) throw new Error('no #signup form on /get-involved');
  const formStart = html.indexOf('<form', at);
  const form = html.slice(formStart, html.indexOf('</form>', formStart));
  const fields = [];
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) fields.push([unescape(m[1]), unescape(m[2] ?? '')]);
  if (!fields.some(([k]) => k.startsWith('$ACTION_'))) throw new Error('no server action fields in the form');
  return fields;
}

/** What a browser that opened the form a few seconds ago would hold (same signing as lib/forms/form-start.ts). */
export function agedFormStart(salt) {
  const at = Date.now() - 5_000;
  return `${at}.${createHmac('sha256', salt).update(`newsletter-form-start:${at}`).digest('base64url').slice(0, 32)}`;
}

/** Resident memory of a process, in bytes (Linux). */
export function rssBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
}

/**
 * A bench's verdict, last in its output: PASS, or FAIL with every missed target on one line, and
 * a failing exit code so `npm run bench` reports it.
 * @param {string[]} failures
 */
export function reportVerdict(failures) {
  if (failures.length) {
    console.error(`FAIL: ${failures.join(' | ')}`);
    process.exitCode = 1;
  } else {
    console.log('PASS');
  }
}
