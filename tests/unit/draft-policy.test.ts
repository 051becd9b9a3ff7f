import { describe, expect, it } from 'vitest';
import { contentfulAppOrigin, draftSetCookie, isDraftRequest, withFrameAncestors } from '@/lib/security/draft-policy.mjs';
import { buildCsp, parseCsp } from '@/lib/security/policy.mjs';

describe('isDraftRequest', () => {
  const id = 'a1b2c3';
  it('is true only for the draft cookie holding this build’s preview-mode id', () => {
    expect(isDraftRequest(`x=1; __prerender_bypass=${id}; y=2`, id)).toBe(true);
    expect(isDraftRequest(`__prerender_bypass=${id}`, id)).toBe(true);
  });
  it('is false for a made-up or empty value, another cookie, no cookie or no id', () => {
    expect(isDraftRequest('__prerender_bypass=guess', id)).toBe(false);
    expect(isDraftRequest('__prerender_bypass=', id)).toBe(false);
    expect(isDraftRequest(`x__prerender_bypass=${id}`, id)).toBe(false);
    expect(isDraftRequest(`other=${id}`, id)).toBe(false);
    expect(isDraftRequest(undefined, id)).toBe(false);
    expect(isDraftRequest(`__prerender_bypass=${id}`, undefined)).toBe(false);
  });
});

describe('contentfulAppOrigin', () => {
  it('defaults to the Contentful web app and accepts another bare origin', () => {
    expect(contentfulAppOrigin(undefined)).toBe('https://app.contentful.com');
    expect(contentfulAppOrigin('')).toBe('https://app.contentful.com');
    expect(contentfulAppOrigin('https://app.eu.contentful.com')).toBe('https://app.eu.contentful.com');
    expect(contentfulAppOrigin('http://localhost:3801')).toBe('http://localhost:3801');
  });
  it('refuses anything that is not an origin, which would widen frame-ancestors', () => {
    for (const bad of ['*', 'https:', 'https://app.contentful.com/', 'https://app.contentful.com/x', 'app.contentful.com', "'self'", 'javascript:alert(1)', 'https://a.com https://b.com']) {
      expect(() => contentfulAppOrigin(bad), bad).toThrow(/CONTENTFUL_APP_ORIGIN/);
    }
  });
});

describe('withFrameAncestors', () => {
  it('changes frame-ancestors only, wherever it stands, and adds it if missing', () => {
    const reader = buildCsp();
    const draft = parseCsp(withFrameAncestors(reader, 'https://app.contentful.com'));
    const before = parseCsp(reader);
    expect(before.get('frame-ancestors')).toEqual(["'none'"]);
    expect(draft.get('frame-ancestors')).toEqual(['https://app.contentful.com']);
    before.delete('frame-ancestors');
    draft.delete('frame-ancestors');
    expect([...draft]).toEqual([...before]);
    expect(withFrameAncestors("default-src 'self'", 'https://a.example')).toBe("default-src 'self'; frame-ancestors https://a.example");
  });
});

describe('draftSetCookie', () => {
  it('sets SameSite=None, Secure, HttpOnly and Partitioned once, keeping path and expiry', () => {
    expect(draftSetCookie('__prerender_bypass=v; Path=/; SameSite=Lax; secure; HTTPONLY; Partitioned; Max-Age=10')).toBe(
      '__prerender_bypass=v; Path=/; Max-Age=10; HttpOnly; Secure; SameSite=None; Partitioned',
    );
  });
});
