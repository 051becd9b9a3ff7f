import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * lib/cache/redis-cache-handler.mjs builds on private `next/dist/...` modules, which any Next
 * release may change. So `next` is pinned to an exact version, and this test records the exact
 * contents of every internal module the handler imports. An upgrade that changes one fails here:
 * re-read the handler against the new module (constructor options, get/set/revalidateTag, the
 * tags manifest's entries), run tests/integration/redis-cache-handler.test.ts, then record the
 * new hash.
 */
const require = createRequire(import.meta.url);
const root = process.cwd();
const HANDLER = path.join(root, 'lib/cache/redis-cache-handler.mjs');

const RECORDED: Record<string, string> = {
  'next/dist/server/lib/incremental-cache/file-system-cache.js': '427a5a07865eb68f0335ef701636bc1e065e8809552d243333d22e5eefcaae29',
  'next/dist/server/lib/incremental-cache/tags-manifest.external.js': 'bf15e99bac30da0a65bf99bcf4b2bf15d05a325f0cce3121a05e4cc3ecb727fb',
};

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('next internals used by the cache handler', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const installed = (JSON.parse(readFileSync(require.resolve('next/package.json'), 'utf8')) as { version: string }).version;

  it('pins next to the exact version installed', () => {
    expect(pkg.dependencies.next).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pkg.dependencies.next);
  });

  it('records every next/dist module the handler imports', () => {
    const imported = [...readFileSync(HANDLER, 'utf8').matchAll(/['"](next\/dist\/[^'"]+)['"]/g)].map((m) => m[1]!);
    expect(imported.length).toBeGreaterThan(0);
    expect([...new Set(imported)].sort()).toEqual(Object.keys(RECORDED).sort());
  });

  it.each(Object.entries(RECORDED))('%s is unchanged', (specifier, hash) => {
    expect(sha256(require.resolve(specifier))).toBe(hash);
  });

  it('still exports what the handler uses', () => {
    const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
    for (const method of ['get', 'set', 'revalidateTag']) expect(typeof FileSystemCache.prototype[method], method).toBe('function');
    const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');
    expect(tagsManifest).toBeInstanceOf(Map);
  });
});
