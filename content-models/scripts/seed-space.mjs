#!/usr/bin/env node
/**
 * `npm run cms:seed`: imports the seed entries and assets (content-models/seed/export.json) into
 * an empty space that `npm run cms:migrate` has already set up. The content model comes from the
 * migrations only, so the import skips it. The space's default locale must be en-GB.
 * Asset files are uploaded from public/seed-assets/.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { environmentId, requireEnv } from './cms-env.mjs';

const { CONTENTFUL_SPACE_ID, CONTENTFUL_MANAGEMENT_TOKEN } = requireEnv('cms:seed', ['CONTENTFUL_SPACE_ID', 'CONTENTFUL_MANAGEMENT_TOKEN']);

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const exportFile = path.join(ROOT, 'content-models', 'seed', 'export.json');
const space = JSON.parse(readFileSync(exportFile, 'utf8'));

// contentful-import reads uploads from <dir>/<host>/<path of the file URL>, as contentful-export writes them.
const assetsDirectory = mkdtempSync(path.join(tmpdir(), 'fixthecms-assets-'));
try {
  for (const asset of space.assets) {
    for (const file of Object.values(asset.fields.file ?? {})) {
      const target = path.join(assetsDirectory, file.url.replace(/^(https?:)?\/\//, ''));
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(path.join(ROOT, 'public', 'seed-assets', file.fileName), target);
    }
  }
  const { default: contentfulImport } = await import('contentful-import');
  await contentfulImport({
    content: { contentTypes: [], editorInterfaces: [], entries: space.entries, assets: space.assets, locales: space.locales },
    spaceId: CONTENTFUL_SPACE_ID,
    environmentId: environmentId(),
    managementToken: CONTENTFUL_MANAGEMENT_TOKEN,
    skipContentModel: true,
    uploadAssets: true,
    assetsDirectory,
    useVerboseRenderer: true,
  });
  console.log(`cms:seed: imported ${space.entries.length} entries and ${space.assets.length} assets.`);
} finally {
  rmSync(assetsDirectory, { recursive: true, force: true });
}
