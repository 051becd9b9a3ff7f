import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Runs the built site (`next start`) as a separate server with its own environment, for tests
 * that need a site in Contentful mode. It serves a private copy of `.next`: `next start` writes
 * regenerated pages back into its build folder, and a test that publishes changed content must
 * not leak that content into the shared build other servers (and later runs) serve.
 */
export interface SiteServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

const ROOT = process.cwd();
const SKIP = new Set(['.next', '.data', '.git', 'test-results', 'playwright-report', 'reports']);

function prepareCopy(name: string): string {
  const dir = path.join(ROOT, '.data', 'site-copies', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (!SKIP.has(entry)) symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
  }
  // The build's compiler cache is large and not needed to serve.
  cpSync(path.join(ROOT, '.next'), path.join(dir, '.next'), {
    recursive: true,
    filter: (src) => src !== path.join(ROOT, '.next', 'cache'),
  });
  return dir;
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`site did not start on ${url} within ${timeoutMs} ms`);
}

export async function startSite(port: number, env: Record<string, string>): Promise<SiteServer> {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('No build: run `npx next build` first');
  const dir = prepareCopy(`port-${port}`);
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, child, 60_000);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
