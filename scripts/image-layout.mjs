// Lays out a folder the way the Dockerfile's runtime stage lays out the image, by reading the
// Dockerfile itself: each `COPY --from=build <src> <dest>` line (the build stage's WORKDIR is /app,
// the runtime's too), plus the runtime stage's ENV defaults and CMD. `npm start`, the e2e suite and
// tests/e2e/image.spec.ts start the server from such a folder, so what they run is what ships.
import { cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
const APP_DIR = '/app';

/** The runtime stage of the Dockerfile: its COPY lines, ENV defaults and CMD. */
export function runtimeStage(dockerfile = path.join(root, 'Dockerfile')) {
  const lines = readFileSync(dockerfile, 'utf8').replace(/\\\n/g, ' ').split('\n');
  const start = lines.findLastIndex((line) => /^FROM\s+\S+\s+AS\s+runtime\b/i.test(line));
  if (start < 0) throw new Error('Dockerfile has no `FROM … AS runtime` stage');
  /** @type {{ from: string, to: string }[]} */
  const copies = [];
  /** @type {Record<string, string>} */
  const env = {};
  /** @type {string[] | null} */
  let cmd = null;
  for (const line of lines.slice(start + 1)) {
    const [instruction = '', ...rest] = line.trim().split(/\s+/);
    const args = rest.filter((arg) => !arg.startsWith('--chown='));
    if (/^COPY$/i.test(instruction)) {
      const from = args.find((arg) => arg.startsWith('--from='));
      if (from !== '--from=build') throw new Error(`unexpected COPY in the runtime stage: ${line}`);
      const [src, dest] = args.filter((arg) => !arg.startsWith('--'));
      if (!src?.startsWith(`${APP_DIR}/`) || !dest) throw new Error(`COPY source outside ${APP_DIR}: ${line}`);
      copies.push({ from: src.slice(APP_DIR.length + 1), to: dest });
    } else if (/^ENV$/i.test(instruction)) {
      for (const pair of args) {
        const [key, ...value] = pair.split('=');
        if (key) env[key] = value.join('=');
      }
    } else if (/^CMD$/i.test(instruction)) {
      cmd = JSON.parse(rest.join(' '));
    }
  }
  if (!cmd) throw new Error('Dockerfile runtime stage has no CMD');
  return { copies, env, cmd };
}

/**
 * Copies a tree, hard-linking files under node_modules/ where the file system allows: they are
 * most of the bytes and nothing writes to them. Everything else is copied, because Next writes
 * regenerated pages over the build's own files in place, and one server's pages must not leak into
 * another's folder (or back into the build).
 */
function linkTree(from, to) {
  const stat = lstatSync(from);
  if (stat.isSymbolicLink()) {
    symlinkSync(readlinkSync(from), to);
  } else if (stat.isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) linkTree(path.join(from, name), path.join(to, name));
  } else if (from.includes(`${path.sep}node_modules${path.sep}`)) {
    try {
      linkSync(from, to);
    } catch {
      cpSync(from, to);
    }
  } else {
    cpSync(from, to);
  }
}

/**
 * Builds `target` from the build output in `source` (the repo root after `next build`) exactly as
 * the COPY lines do, replacing whatever was there. Returns the command that starts it.
 * @param {string} target
 * @param {{ source?: string, dockerfile?: string }} [options]
 */
export function layoutImage(target, { source = root, dockerfile } = {}) {
  const stage = runtimeStage(dockerfile);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const { from, to } of stage.copies) {
    const src = path.join(source, from);
    if (!existsSync(src)) throw new Error(`${from} is missing: run the build first (npm run build)`);
    const dest = path.join(target, to);
    if (lstatSync(src).isDirectory()) {
      mkdirSync(dest, { recursive: true });
      for (const name of readdirSync(src)) linkTree(path.join(src, name), path.join(dest, name));
    } else {
      mkdirSync(path.dirname(dest), { recursive: true });
      linkTree(src, dest.endsWith('/') ? path.join(dest, path.basename(src)) : dest);
    }
  }
  return stage;
}

/** Where `npm start` and the e2e suite keep the laid-out image of the last build. */
export const LOCAL_IMAGE_DIR = path.join(root, '.next/image');

/** Lays out LOCAL_IMAGE_DIR again unless it already holds the last build. Returns the runtime stage. */
export function layoutLocalImage() {
  const built = path.join(root, '.next/BUILD_ID');
  const laidOut = path.join(LOCAL_IMAGE_DIR, '.next/BUILD_ID');
  if (!existsSync(built)) throw new Error('No build found: run `npm run build` first.');
  const current = existsSync(laidOut) && readFileSync(laidOut, 'utf8') === readFileSync(built, 'utf8');
  return current ? runtimeStage() : layoutImage(LOCAL_IMAGE_DIR);
}

/** The image's CMD as one shell command run from `dir` (for Playwright's webServer and benches). */
export function imageShellCommand(dir = LOCAL_IMAGE_DIR) {
  const quote = (/** @type {string} */ arg) => `'${arg.replaceAll("'", "'\\''")}'`;
  return `cd ${quote(dir)} && exec ${runtimeStage().cmd.map(quote).join(' ')}`;
}
