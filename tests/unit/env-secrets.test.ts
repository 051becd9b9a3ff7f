import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, DEV_HASH_SALT, parseEnv, productionSecretProblems } from '@/lib/env';

const PUBLIC = { NODE_ENV: 'production', SITE_URL: 'https://fixthecms.org.uk' };
const GOOD = 'a'.repeat(16) + 'b'.repeat(16);

describe('secrets on a public site', () => {
  it('refuses the repository default salt, naming HASH_SALT', () => {
    expect(() => assertProductionSecrets(parseEnv(PUBLIC))).toThrow(/HASH_SALT is the public default/);
    expect(() => assertProductionSecrets(parseEnv({ ...PUBLIC, HASH_SALT: DEV_HASH_SALT }))).toThrow(/HASH_SALT/);
  });

  it('refuses a short secret, naming each variable', () => {
    const problems = productionSecretProblems(parseEnv({ ...PUBLIC, HASH_SALT: 'sixteen-chars-ok', CONTENTFUL_WEBHOOK_SECRET: 'short', CONTENTFUL_PREVIEW_SECRET: GOOD }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^HASH_SALT is shorter than 32 characters/);
    expect(problems[1]).toMatch(/^CONTENTFUL_WEBHOOK_SECRET is shorter than 32 characters/);
  });

  it('starts with long random secrets', () => {
    expect(() => assertProductionSecrets(parseEnv({ ...PUBLIC, HASH_SALT: GOOD, CONTENTFUL_WEBHOOK_SECRET: GOOD }))).not.toThrow();
  });

  it('lets local runs and non-production builds use the defaults', () => {
    expect(productionSecretProblems(parseEnv({}))).toEqual([]);
    expect(productionSecretProblems(parseEnv({ NODE_ENV: 'production', SITE_URL: 'http://localhost:3000' }))).toEqual([]);
    expect(productionSecretProblems(parseEnv({ NODE_ENV: 'production', SITE_URL: 'http://127.0.0.1:3300' }))).toEqual([]);
    expect(productionSecretProblems(parseEnv({ NODE_ENV: 'development', SITE_URL: PUBLIC.SITE_URL }))).toEqual([]);
  });
});
