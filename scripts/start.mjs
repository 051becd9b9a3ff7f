#!/usr/bin/env node
// `npm start`: builds when there is no build or the sources are newer than it, then serves on port 3000
// through scripts/serve.mjs (the security front), never bare `next start`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const buildIdFile = path.join(root, '.next', 'BUILD_ID');
const sourceDirs = ['app', 'components', 'lib', 'content-models', 'public'];
const sourceFiles = ['next.config.ts', 'package-lock.json', 'proxy.ts'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

function run(args) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), ...args], {
    stdio: 'inherit',
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const builtAt = existsSync(buildIdFile) ? statSync(buildIdFile).mtimeMs : 0;
const changedAt = Math.max(...[...sourceDirs, ...sourceFiles].map((p) => newestMtime(path.join(root, p))));
if (builtAt === 0 || changedAt > builtAt) {
  console.log(builtAt === 0 ? 'No build found: building the site…' : 'Sources changed since the last build: rebuilding…');
  run(['build']);
}
const served = spawnSync(process.execPath, [path.join(root, 'scripts/serve.mjs'), '--port', process.env.PORT ?? '3000'], {
  stdio: 'inherit',
  cwd: root,
  env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
});
process.exit(served.status ?? 1);
