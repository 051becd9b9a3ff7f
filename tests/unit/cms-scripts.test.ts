import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = path.join(process.cwd(), 'content-models', 'scripts');

function run(script: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(scripts, script)], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
}

describe('content model scripts', () => {
  it.each(['migrate.mjs', 'seed-space.mjs'])('%s refuses to run without its credentials and says which are missing', (script) => {
    const none = run(script, {});
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/refusing to run, missing CONTENTFUL_SPACE_ID and CONTENTFUL_MANAGEMENT_TOKEN/);
    expect(none.stderr).toMatch(/Nothing was changed/);

    const tokenOnly = run(script, { CONTENTFUL_MANAGEMENT_TOKEN: 'x', CONTENTFUL_SPACE_ID: '  ' });
    expect(tokenOnly.status).toBe(2);
    expect(tokenOnly.stderr).toMatch(/missing CONTENTFUL_SPACE_ID\./);
  });
});
