#!/usr/bin/env node
// `npm run bench`: runs every tests/bench/*.bench.mjs in turn (or only those named on the command line).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureBuild } from '../../scripts/build.mjs';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

// One build for every bench, made now if the sources are newer than it.
ensureBuild();
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench} ===`);
  const result = spawnSync(process.execPath, [path.join(dir, bench)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
console.log(`\n${benches.length - failed} benches passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
