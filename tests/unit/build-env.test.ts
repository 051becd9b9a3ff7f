import { describe, expect, it } from 'vitest';
import { BUILD_ENV_DEFAULTS, buildEnvMismatches, buildEnvRecord } from '@/lib/build-env.mjs';
import { assertBuildMatches, parseEnv } from '@/lib/env';

const PUBLIC = { NODE_ENV: 'production', SITE_URL: 'https://fixthecms.org.uk' };

describe('the build’s record of what its prerendered pages depend on', () => {
  it('uses lib/env.ts’s own defaults for every variable left unset', () => {
    const parsed = parseEnv({}) as unknown as Record<string, string | undefined>;
    for (const [key, fallback] of Object.entries(BUILD_ENV_DEFAULTS)) expect(parsed[key] ?? '', key).toBe(fallback);
    expect(buildEnvRecord({})).toEqual(BUILD_ENV_DEFAULTS);
  });

  it('names each variable that differs, and nothing when the server runs with what the build saw', () => {
    const built = buildEnvRecord({ ...PUBLIC, CONTENT_SOURCE: 'contentful', CONTENTFUL_SPACE_ID: 'space1' });
    expect(buildEnvMismatches(built, { ...PUBLIC, CONTENT_SOURCE: 'contentful', CONTENTFUL_SPACE_ID: 'space1', HASH_SALT: 'not recorded' })).toEqual([]);
    // A trailing slash or blank value is the same setting, not a difference.
    expect(buildEnvMismatches(built, { SITE_URL: 'https://fixthecms.org.uk/', CONTENT_SOURCE: 'contentful', CONTENTFUL_SPACE_ID: 'space1', REPRESENTATIVES_SOURCE: ' ' })).toEqual([]);
    expect(buildEnvMismatches(buildEnvRecord({}), { ...PUBLIC, CONTENT_SOURCE: 'contentful', CONTENTFUL_SPACE_ID: 'space1' })).toEqual([
      'CONTENT_SOURCE is "contentful" but the build prerendered its pages with "local"',
      'CONTENTFUL_SPACE_ID is "space1" but the build prerendered its pages with ""',
      'SITE_URL is "https://fixthecms.org.uk" but the build prerendered its pages with "http://localhost:3000"',
    ]);
  });

  it('stops a public site started with other values, and only reports them elsewhere', () => {
    const built = buildEnvRecord({});
    const runtime = { ...PUBLIC, HASH_SALT: 'x'.repeat(32), REPRESENTATIVES_SOURCE: 'parliament' };
    expect(() => assertBuildMatches(parseEnv(runtime), built, runtime)).toThrow(/Refusing to start[\s\S]*SITE_URL[\s\S]*REPRESENTATIVES_SOURCE is "parliament"/);
    const local = { NODE_ENV: 'production', REPRESENTATIVES_SOURCE: 'parliament' };
    expect(assertBuildMatches(parseEnv(local), built, local)).toEqual(['REPRESENTATIVES_SOURCE is "parliament" but the build prerendered its pages with "sandbox"']);
    expect(assertBuildMatches(parseEnv(runtime), null, runtime)).toEqual([]);
  });
});
