#!/usr/bin/env node
// `npm start`: builds when there is no build or the sources are newer than it, lays the build out
// in .next/image/ as the Dockerfile lays out the image, and runs the image's CMD there on port 3000.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from './build.mjs';
import { LOCAL_IMAGE_DIR, layoutLocalImage, root } from './image-layout.mjs';

const buildIdFile = path.join(root, '.next', 'BUILD_ID');
const sourceDirs = ['app', 'components', 'lib', 'content-models', 'public', 'server'];
const sourceFiles = ['next.config.ts', 'instrumentation.ts', 'package-lock.json', 'Dockerfile'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env };
const builtAt = existsSync(buildIdFile) ? statSync(buildIdFile).mtimeMs : 0;
const changedAt = Math.max(...[...sourceDirs, ...sourceFiles].map((p) => newestMtime(path.join(root, p))));
if (builtAt === 0 || changedAt > builtAt) {
  console.log(builtAt === 0 ? 'No build found: building the site…' : 'Sources changed since the last build: rebuilding…');
  build(env);
}

const { cmd, env: imageEnv } = layoutLocalImage();
const [command = 'node', ...args] = cmd;
const served = spawnSync(command === 'node' ? process.execPath : command, args, {
  stdio: 'inherit',
  cwd: LOCAL_IMAGE_DIR,
  env: {
    ...imageEnv,
    HOSTNAME: '127.0.0.1',
    ...env,
    // The image keeps data on its /data volume; a local run keeps it in the checkout's .data/.
    DATA_DIR: path.resolve(root, process.env.DATA_DIR ?? '.data'),
    PORT: process.env.PORT ?? '3000',
  },
});
process.exit(served.status ?? 1);
