import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFrontHandler } from '@/lib/security/front.mjs';
import { parseCsp, sha256Source } from '@/lib/security/policy.mjs';

const INLINE = 'self.__next_f.push([0,"hello"])';
const PAGE = `<!DOCTYPE html><html><head><script src="/a.js"></script></head><body>${'<p>filler text</p>'.repeat(200)}<script>${INLINE}</script></body></html>`;

type Seen = { method?: string; acceptEncoding?: string; origin?: string; requestId?: string };
const seen: Seen[] = [];
const logs: string[] = [];

/** Stands in for Next's handler: answers like Next does (setHeader + end, or streaming writes). */
function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  seen.push({ method: req.method, acceptEncoding: req.headers['accept-encoding'], origin: req.headers.origin, requestId: req.headers['x-request-id'] as string });
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/static-page') {
    if (req.headers['if-none-match'] === '"v1"') {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('ETag', '"v1"');
    res.setHeader('Content-Length', Buffer.byteLength(PAGE));
    res.end(PAGE);
  } else if (url.pathname === '/streamed-page') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': '__prerender_bypass=x; Path=/; HttpOnly; Secure; SameSite=None' });
    res.flushHeaders();
    const half = Math.floor(PAGE.length / 2);
    res.write(PAGE.slice(0, half));
    setTimeout(() => res.end(PAGE.slice(half)), 5);
  } else if (url.pathname === '/data.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ i, text: 'lorem ipsum' })) }));
  } else {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain');
    res.end('not found');
  }
}

function listen(trustProxy: boolean) {
  const server = http.createServer(createFrontHandler(fakeNext, { trustProxy, log: (line) => logs.push(line) }));
  return new Promise<{ server: http.Server; base: string }>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

function request(base: string, path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let plain: { server: http.Server; base: string };
let proxied: { server: http.Server; base: string };
beforeAll(async () => {
  plain = await listen(false);
  proxied = await listen(true);
});
afterAll(() => {
  plain.server.close();
  proxied.server.close();
});

describe('security front', () => {
  it('lists the hash of every inline script of an HTML page in script-src', async () => {
    const res = await request(plain.base, '/static-page');
    const csp = parseCsp(String(res.headers['content-security-policy']));
    expect(csp.get('script-src')).toEqual(["'self'", `'${sha256Source(INLINE)}'`]);
    expect(res.body.toString()).toBe(PAGE);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(PAGE));
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('compresses after hashing and hides Accept-Encoding from Next', async () => {
    const br = await request(plain.base, '/static-page', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    const gz = await request(plain.base, '/static-page', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(PAGE);
    expect(gz.headers.vary).toContain('Accept-Encoding');
    expect(seen.at(-1)?.acceptEncoding).toBeUndefined();
  });

  it('buffers a streamed page (flushHeaders, several writes) and hardens its cookies', async () => {
    const res = await request(plain.base, '/streamed-page');
    expect(res.body.toString()).toBe(PAGE);
    expect(String(res.headers['content-security-policy'])).toContain(sha256Source(INLINE));
    expect(res.headers['set-cookie']).toEqual(['__prerender_bypass=x; Path=/; HttpOnly; Secure; SameSite=Lax']);
  });

  it('answers HEAD with the page headers and CSP but no body', async () => {
    const res = await request(plain.base, '/static-page', { method: 'HEAD' });
    expect(seen.at(-1)?.method).toBe('GET');
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
    expect(String(res.headers['content-security-policy'])).toContain(sha256Source(INLINE));
  });

  it('sends no CSP with a 304, so the cached page keeps the CSP that matches it', async () => {
    const res = await request(plain.base, '/static-page', { headers: { 'if-none-match': '"v1"' } });
    expect(res.status).toBe(304);
    expect(res.headers['content-security-policy']).toBeUndefined();
  });

  it('streams other types through compression with the base CSP', async () => {
    const res = await request(plain.base, '/data.json', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(res.body).toString()).items).toHaveLength(200);
    expect(parseCsp(String(res.headers['content-security-policy'])).get('script-src')).toEqual(["'self'"]);
    const small = await request(plain.base, '/missing', { headers: { 'accept-encoding': 'gzip' } });
    expect(small.status).toBe(404);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('not found');
  });

  it('adds HSTS and upgrade-insecure-requests only over https from a trusted proxy', async () => {
    const trusted = await request(proxied.base, '/static-page', { headers: { 'x-forwarded-proto': 'https' } });
    expect(trusted.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(parseCsp(String(trusted.headers['content-security-policy'])).has('upgrade-insecure-requests')).toBe(true);
    const untrusted = await request(plain.base, '/static-page', { headers: { 'x-forwarded-proto': 'https' } });
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();
  });

  it('turns the null Origin of a same-origin form post into our origin for Next', async () => {
    await request(plain.base, '/missing', { method: 'POST', headers: { origin: 'null', 'sec-fetch-site': 'same-origin' } });
    expect(seen.at(-1)?.origin).toBe(plain.base);
    const before = seen.length;
    const res = await request(plain.base, '/missing', { method: 'POST', headers: { origin: 'null', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(seen.length).toBe(before);
  });

  it('refuses a cross-site POST with 403 before the handler sees it', async () => {
    const before = seen.length;
    const res = await request(plain.base, '/static-page', { method: 'POST', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(seen.length).toBe(before);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const same = await request(plain.base, '/missing', { method: 'POST', headers: { origin: plain.base, 'sec-fetch-site': 'same-origin' } });
    expect(same.status).toBe(404);
  });

  it('gives each request an id and logs one line without query string or address', async () => {
    logs.length = 0;
    const res = await request(plain.base, '/static-page?token=secret-token-value');
    await new Promise((r) => setTimeout(r, 20));
    const id = String(res.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.at(-1)?.requestId).toBe(id);
    expect(logs).toHaveLength(1);
    expect(JSON.parse(logs[0]!)).toMatchObject({ event: 'request', requestId: id, method: 'GET', path: '/static-page', status: 200 });
    expect(logs[0]).not.toContain('secret-token-value');
    expect(logs[0]).not.toContain('127.0.0.1');
    const spoofed = await request(plain.base, '/static-page', { headers: { 'x-request-id': 'attacker-chosen-id' } });
    expect(spoofed.headers['x-request-id']).not.toBe('attacker-chosen-id');
  });
});
