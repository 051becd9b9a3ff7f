import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

describe('parseEnv', () => {
  it('gives a fresh clone working offline defaults', () => {
    const env = parseEnv({});
    expect(env.CONTENT_SOURCE).toBe('local');
    expect(env.SITE_URL).toBe('http://localhost:3000');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.CONTENTFUL_RETRY_LIMIT).toBe(2);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', SMTP_URL: '  ' }).DATABASE_URL).toBeUndefined();
  });

  it('coerces numbers', () => {
    expect(parseEnv({ CONTENTFUL_RETRY_LIMIT: '0' }).CONTENTFUL_RETRY_LIMIT).toBe(0);
  });

  it('names the variable and what it expects when a value is wrong', () => {
    expect(() => parseEnv({ CONTENT_SOURCE: 'wordpress' })).toThrow(/CONTENT_SOURCE must be "local" or "contentful"/);
    expect(() => parseEnv({ SITE_URL: 'not a url' })).toThrow(/SITE_URL must be an absolute URL/);
    expect(() => parseEnv({ CONTENTFUL_RETRY_LIMIT: 'lots' })).toThrow(/CONTENTFUL_RETRY_LIMIT/);
    expect(() => parseEnv({ DATABASE_URL: 'nope' })).toThrow(/DATABASE_URL must be a postgres:\/\/ connection URL/);
  });

  it('requires Contentful credentials in Contentful mode', () => {
    let error: unknown;
    try {
      parseEnv({ CONTENT_SOURCE: 'contentful' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect(String(error)).toContain('CONTENTFUL_SPACE_ID is required when CONTENT_SOURCE=contentful');
    expect(String(error)).toContain('CONTENTFUL_DELIVERY_TOKEN is required when CONTENT_SOURCE=contentful');
    expect(parseEnv({ CONTENT_SOURCE: 'contentful', CONTENTFUL_SPACE_ID: 's', CONTENTFUL_DELIVERY_TOKEN: 't' }).CONTENT_SOURCE).toBe('contentful');
  });
});
