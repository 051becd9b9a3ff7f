import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { withDraftFraming } from '@/lib/security/draft-policy.mjs';
import { buildCsp, parseCsp } from '@/lib/security/policy.mjs';
import { serveDuringSuite } from '../support/loopback-server';

const DRAFT_ID = 'build-preview-id';
const APP = 'https://app.contentful.com';
const PAGE = '<!DOCTYPE html><html><body><h1>Page</h1></body></html>';

/** Answers as Next and the steps before this one do: every response has the CSP and X-Frame-Options DENY. */
function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Content-Security-Policy', buildCsp());
  if (req.url === '/api/draft') {
    res.writeHead(307, { Location: '/news/a', 'Set-Cookie': `__prerender_bypass=${DRAFT_ID}; Path=/; HttpOnly; Secure; SameSite=None` });
    res.end();
  } else if (req.url === '/api/draft/disable') {
    res.setHeader('Set-Cookie', ['__prerender_bypass=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=None']);
    res.statusCode = 307;
    res.end();
  } else if (req.url === '/streamed') {
    res.writeHead(200, 'OK', ['Content-Type', 'text/html']);
    res.write(PAGE.slice(0, 10));
    res.end(PAGE.slice(10));
  } else {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(PAGE);
  }
}

const site = serveDuringSuite(withDraftFraming(fakeNext, { draftModeId: DRAFT_ID, appOrigin: APP }));

async function get(path: string, cookie?: string) {
  const res = await fetch(`${site.base}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  const body = await res.text();
  return { csp: parseCsp(res.headers.get('content-security-policy') ?? ''), xfo: res.headers.get('x-frame-options'), cookies: res.headers.getSetCookie(), body };
}

describe('framing in draft mode (Contentful Live Preview)', () => {
  it('lets only the Contentful web app frame an editor’s page, with no X-Frame-Options', async () => {
    for (const path of ['/news/a', '/streamed']) {
      const page = await get(path, `a=1; __prerender_bypass=${DRAFT_ID}`);
      expect(page.csp.get('frame-ancestors'), path).toEqual([APP]);
      expect(page.csp.get('script-src')).toEqual(["'self'"]);
      expect(page.xfo).toBeNull();
      expect(page.cookies).toEqual([]);
      expect(page.body).toBe(PAGE);
    }
  });

  it('keeps readers’ pages unframeable and cookie-free, whatever cookie they make up', async () => {
    for (const cookie of [undefined, '__prerender_bypass=guess', `other=${DRAFT_ID}`]) {
      const page = await get('/news/a', cookie);
      expect(page.csp.get('frame-ancestors'), String(cookie)).toEqual(["'none'"]);
      expect(page.xfo).toBe('DENY');
      expect(page.cookies).toEqual([]);
    }
  });

  it('sets and clears the draft cookie so the editor’s cross-site iframe sends it', async () => {
    expect((await get('/api/draft')).cookies).toEqual([`__prerender_bypass=${DRAFT_ID}; Path=/; HttpOnly; Secure; SameSite=None; Partitioned`]);
    expect((await get('/api/draft/disable', `__prerender_bypass=${DRAFT_ID}`)).cookies).toEqual([
      '__prerender_bypass=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=None; Partitioned',
    ]);
  });
});
