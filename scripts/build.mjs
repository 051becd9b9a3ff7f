#!/usr/bin/env node
// `npm run build`, and the one way every other script builds (npm start, the e2e build, the benches,
// the Dockerfile): `next build`, then a record of the variables the prerendered pages depend on
// (lib/build-env.mjs), written beside the standalone server so the server can check it at start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_ENV_FILE, buildEnvRecord } from '../lib/build-env.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** Builds with `env` (the caller's environment by default); exits the process if the build fails. */
export function build(env = process.env) {
  const buildEnv = { ...env, NEXT_TELEMETRY_DISABLED: '1' };
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], { stdio: 'inherit', cwd: root, env: buildEnv });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(path.join(root, '.next/standalone', BUILD_ENV_FILE), `${JSON.stringify(buildEnvRecord(buildEnv), null, 2)}\n`);
}

// Everything a build is made from: a build older than any of these is rebuilt.
const SOURCES = ['app', 'components', 'lib', 'content-models', 'public', 'server', 'next.config.ts', 'instrumentation.ts', 'package-lock.json', 'Dockerfile'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** Builds unless .next is newer than every source it is built from (npm start, the benches). */
export function ensureBuild(env = process.env) {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (builtAt > Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))))) return;
  console.log(builtAt === 0 ? 'No build found: building the site…' : 'Sources changed since the last build: rebuilding…');
  build(env);
}

if (import.meta.url === `file://${process.argv[1]}`) build();
