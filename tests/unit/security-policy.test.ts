import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildCsp,
  HSTS_VALUE,
  inlineHashes,
  isCrossSiteMutation,
  parseCsp,
  sha256Source,
  staticSecurityHeaders,
} from '@/lib/security/policy.mjs';

const hashOf = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inlineHashes', () => {
  it('hashes each inline script exactly as written and skips external scripts and data blocks', () => {
    const flight = 'self.__next_f.push([1,"a\\u003cb"])';
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      `<script>${flight}</script>`,
      '<script id="_R_">(self.__next_s=self.__next_s||[]).push(1)</script>',
      '<script type="application/ld+json">{"@type":"Organization"}</script>',
      `<SCRIPT>${flight}</SCRIPT >`,
      '<script data-src="x">café()</script>',
      '<script></script>',
    ].join('\n');
    expect(inlineHashes(html).scriptHashes).toEqual([hashOf(flight), hashOf('(self.__next_s=self.__next_s||[]).push(1)'), hashOf('café()')]);
  });

  it('hashes inline style elements separately', () => {
    expect(inlineHashes('<style>.a{color:red}</style><p>x</p>')).toEqual({ scriptHashes: [], styleHashes: [hashOf('.a{color:red}')], styleAttrHashes: [] });
  });

  it('hashes style attribute values, entity-decoded, for style-src-attr', () => {
    const html = '<img alt="" style="color:transparent" src="/a.webp"><p style=\'font-family:&quot;x&quot;\'>t</p>';
    expect(inlineHashes(html).styleAttrHashes).toEqual([hashOf('color:transparent'), hashOf('font-family:"x"')]);
    const csp = parseCsp(buildCsp({ styleAttrHashes: [hashOf('color:transparent')] }));
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-hashes'", `'${hashOf('color:transparent')}'`]);
    expect(parseCsp(buildCsp({})).has('style-src-attr')).toBe(false);
  });

  it('matches the hash Chromium expects for non-ASCII text (UTF-8 bytes)', () => {
    expect(sha256Source('é')).toBe(`sha256-${createHash('sha256').update(Buffer.from([0xc3, 0xa9])).digest('base64')}`);
  });
});

describe('buildCsp', () => {
  it('allows scripts only from self and the given hashes, never unsafe-inline or unsafe-eval', () => {
    const csp = parseCsp(buildCsp({ scriptHashes: ['sha256-abc='] }));
    expect(csp.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'", 'https://checkout.stripe.com']);
    expect(buildCsp()).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('is the same policy over http and https: every source is self, so nothing needs upgrading', () => {
    expect(parseCsp(buildCsp()).has('upgrade-insecure-requests')).toBe(false);
  });
});

describe('staticSecurityHeaders', () => {
  it('sets each header once with the policy values', () => {
    const headers = staticSecurityHeaders();
    const byName = new Map(headers.map((h) => [h.key.toLowerCase(), h.value]));
    expect(byName.size).toBe(headers.length);
    // same-origin: no referrer to any other origin, a real Origin on our own form posts.
    expect(byName.get('referrer-policy')).toBe('same-origin');
    expect(byName.get('strict-transport-security')).toBe(HSTS_VALUE);
    expect(byName.get('content-security-policy')).toBe(buildCsp());
    expect(byName.get('x-content-type-options')).toBe('nosniff');
    expect(byName.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(byName.get('cross-origin-resource-policy')).toBe('same-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb']) {
      expect(byName.get('permissions-policy')).toContain(`${feature}=()`);
    }
  });
});

describe('isCrossSiteMutation', () => {
  const ours = ['http://127.0.0.1:3000', 'https://fixthecms.org.uk'];
  it('refuses posts that a browser marks cross-site or same-site, or that carry a foreign Origin', () => {
    expect(isCrossSiteMutation('POST', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, ours)).toBe(true);
    expect(isCrossSiteMutation('POST', { origin: 'null', 'sec-fetch-site': 'cross-site' }, ours)).toBe(true);
    expect(isCrossSiteMutation('DELETE', { 'sec-fetch-site': 'same-site' }, ours)).toBe(true);
    expect(isCrossSiteMutation('POST', { origin: 'https://evil.example' }, ours)).toBe(true);
  });

  it('lets same-origin posts, listed origins, safe methods and server-to-server calls through', () => {
    expect(isCrossSiteMutation('POST', { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }, ours)).toBe(false);
    expect(isCrossSiteMutation('POST', { origin: 'https://fixthecms.org.uk', 'sec-fetch-site': 'same-site' }, ours)).toBe(false);
    expect(isCrossSiteMutation('GET', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, ours)).toBe(false);
    expect(isCrossSiteMutation('POST', {}, ours)).toBe(false);
  });
});
