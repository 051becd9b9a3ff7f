import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsp, sha256Source } from '@/lib/security/policy.mjs';
import { withCspHashes } from '@/server/csp.mjs';
import { withRequestGuard } from '@/server/request-guard.mjs';

const INLINE = 'self.__next_f.push([0,"hello"])';
const PAGE = `<!DOCTYPE html><html><head><script src="/a.js"></script></head><body>${'<p>filler text</p>'.repeat(200)}<script>${INLINE}</script></body></html>`;
const OTHER_INLINE = 'self.__next_f.push([1,"other"])';
const BASE_CSP = "default-src 'self'";

type Seen = { method?: string; url?: string };
const seen: Seen[] = [];

/** Stands in for Next's handler: answers like Next does (setHeader + end, or streaming writes). */
function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  seen.push({ method: req.method, url: req.url });
  // next.config.ts headers() puts the base CSP on everything before the page renders.
  res.setHeader('Content-Security-Policy', BASE_CSP);
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/static-page') {
    const etag = url.searchParams.get('etag') ?? '"v1"';
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const body = url.searchParams.has('other') ? PAGE.replace(INLINE, OTHER_INLINE) : PAGE;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('ETag', etag);
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(body);
  } else if (url.pathname === '/streamed-page') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.flushHeaders();
    const half = Math.floor(PAGE.length / 2);
    res.write(PAGE.slice(0, half));
    setTimeout(() => res.end(PAGE.slice(half)), 5);
  } else if (url.pathname === '/data.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ ok: true }));
  } else {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain');
    res.end('not found');
  }
}

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer(withRequestGuard(withCspHashes(fakeNext), { siteUrl: 'https://fixthecms.example' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

function request(path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

const scriptSrc = (res: { headers: http.IncomingHttpHeaders }) => parseCsp(String(res.headers['content-security-policy'])).get('script-src');

describe('CSP step (server/csp.mjs)', () => {
  it('lists the hash of every inline script of an HTML page in script-src, body unchanged', async () => {
    const res = await request('/static-page?etag=%22first%22');
    expect(scriptSrc(res)).toEqual(["'self'", `'${sha256Source(INLINE)}'`]);
    expect(res.body).toBe(PAGE);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(PAGE));
  });

  it("reuses a body's policy by ETag, and a new ETag gets its own hashes", async () => {
    const first = await request('/static-page?etag=%22memo%22');
    const again = await request('/static-page?etag=%22memo%22');
    expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(again.body).toBe(PAGE);
    const changed = await request('/static-page?etag=%22memo2%22&other');
    expect(scriptSrc(changed)).toEqual(["'self'", `'${sha256Source(OTHER_INLINE)}'`]);
    // A known ETag is trusted without reading the body (Next's ETag is a hash of it).
    const trusted = await request('/static-page?etag=%22memo%22&other');
    expect(trusted.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
  });

  it('buffers a streamed page without an ETag (flushHeaders, several writes) and hashes it', async () => {
    const res = await request('/streamed-page');
    expect(res.body).toBe(PAGE);
    expect(scriptSrc(res)).toEqual(["'self'", `'${sha256Source(INLINE)}'`]);
  });

  it('answers HEAD with the page headers and CSP but no body, known ETag or not', async () => {
    for (const path of ['/static-page?etag=%22head%22', '/static-page?etag=%22head%22']) {
      const res = await request(path, { method: 'HEAD' });
      expect(seen.at(-1)?.method).toBe('GET');
      expect(res.status).toBe(200);
      expect(res.body).toBe('');
      expect(scriptSrc(res)).toEqual(["'self'", `'${sha256Source(INLINE)}'`]);
    }
  });

  it('sends no CSP with a 304, so the cached page keeps the CSP that matches it', async () => {
    const res = await request('/static-page', { headers: { 'if-none-match': '"v1"' } });
    expect(res.status).toBe(304);
    expect(res.headers['content-security-policy']).toBeUndefined();
  });

  it('leaves the base CSP from next.config.ts on everything that is not HTML', async () => {
    expect((await request('/data.json')).headers['content-security-policy']).toBe(BASE_CSP);
    expect((await request('/missing')).headers['content-security-policy']).toBe(BASE_CSP);
  });
});

describe('request guard (server/request-guard.mjs)', () => {
  it('refuses a cross-site POST with 403 and the policy headers, before Next sees it', async () => {
    const forgeries: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
    ];
    for (const headers of forgeries) {
      const before = seen.length;
      const res = await request('/static-page', { method: 'POST', headers });
      expect(res.status).toBe(403);
      expect(seen.length).toBe(before);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=/);
    }
  });

  it('lets same-origin posts through: our own host, https behind a proxy, and SITE_URL', async () => {
    expect((await request('/missing', { method: 'POST', headers: { origin: base, 'sec-fetch-site': 'same-origin' } })).status).toBe(404);
    const host = new URL(base).host;
    const proxied = { origin: `https://${host}`, 'sec-fetch-site': 'same-origin', 'x-forwarded-proto': 'https' };
    expect((await request('/missing', { method: 'POST', headers: proxied })).status).toBe(404);
    const site = { origin: 'https://fixthecms.example', 'sec-fetch-site': 'same-site' };
    expect((await request('/missing', { method: 'POST', headers: site })).status).toBe(404);
    // Server-to-server callers (signed webhooks) send neither header: the route checks them itself.
    expect((await request('/missing', { method: 'POST' })).status).toBe(404);
  });

  it('sends a malformed percent-escape in the path to the not-found page instead of a 500', async () => {
    await request('/%ff%fe?x=1');
    expect(seen.at(-1)?.url).toBe('/_not-found');
    await request('/caf%C3%A9');
    expect(seen.at(-1)?.url).toBe('/caf%C3%A9');
  });
});
