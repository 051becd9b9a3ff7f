#!/usr/bin/env node
/**
 * `npm run cms:migrate [-- --from NNN]`: applies content-models/migrations/*.cjs, in file-name
 * order, to the space in CONTENTFUL_SPACE_ID (environment CONTENTFUL_ENVIRONMENT, default master).
 * Migrations create content types, so a space that already has some needs `--from` with the
 * number of the first new migration (e.g. `--from 008`).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { environmentId, requireEnv } from './cms-env.mjs';

const { CONTENTFUL_SPACE_ID, CONTENTFUL_MANAGEMENT_TOKEN } = requireEnv('cms:migrate', ['CONTENTFUL_SPACE_ID', 'CONTENTFUL_MANAGEMENT_TOKEN']);

const require = createRequire(import.meta.url);
const { migrationFiles } = require('../lib/model.cjs');
const { runMigration } = require('contentful-migration');

const fromIndex = process.argv.indexOf('--from');
const from = fromIndex >= 0 ? process.argv[fromIndex + 1] : undefined;
const files = migrationFiles().filter((file) => !from || path.basename(file) >= from);
if (files.length === 0) {
  console.error(`cms:migrate: no migrations${from ? ` from ${from}` : ''} to apply.`);
  process.exit(1);
}

for (const filePath of files) {
  console.log(`cms:migrate: applying ${path.basename(filePath)} to ${CONTENTFUL_SPACE_ID}/${environmentId()}`);
  await runMigration({
    filePath,
    spaceId: CONTENTFUL_SPACE_ID,
    environmentId: environmentId(),
    accessToken: CONTENTFUL_MANAGEMENT_TOKEN,
    yes: true,
  });
}
console.log(`cms:migrate: ${files.length} migration(s) applied.`);
