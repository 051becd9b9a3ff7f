#!/usr/bin/env node
// `npm start`: builds when there is no build or the sources are newer than it, lays the build out
// in .next/image/ as the Dockerfile lays out the image, and runs the image's CMD there on port 3000.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuild } from './build.mjs';
import { LOCAL_IMAGE_DIR, layoutLocalImage, root } from './image-layout.mjs';

const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env };
ensureBuild(env);

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
