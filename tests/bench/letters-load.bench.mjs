#!/usr/bin/env node
// Open letter load: 10,000 sign-ups from 100 concurrent clients, then 10,000 confirmations, on
// Postgres. Asserts 0 lost, 0 duplicated, the public count equal to the confirmed rows and the
// page revalidations batched; prints p50/p95/p99 per step. BENCH_LETTERS_TOTAL / _CLIENTS scale it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const result = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'tests/bench/letters/load.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { LOG_LEVEL: 'warn', ...process.env },
});
process.exit(result.status ?? 1);
