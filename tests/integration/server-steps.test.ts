import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_BODY_BYTES } from '@/lib/security/body-limit.mjs';
import { parseCsp, sha256Source } from '@/lib/security/policy.mjs';
import { withCspHashes } from '@/server/csp.mjs';
import { withRequestGuard } from '@/server/request-guard.mjs';
import { rawSocket } from '../support/raw-http';

const INLINE = 'self.__next_f.push([0,"hello"])';
// next.config.ts inlines the stylesheet as React writes it: a <style> with data-precedence and data-href.
const INLINE_STYLE = 'body{color:#1d2a44}.a>b{margin:0}';
const PAGE = `<!DOCTYPE html><html><head><style data-precedence="next" data-href="/_next/static/chunks/a.css">${INLINE_STYLE}</style><script src="/a.js"></script></head><body>${'<p>filler text</p>'.repeat(200)}<script>${INLINE}</script></body></html>`;
const OTHER_INLINE = 'self.__next_f.push([1,"other"])';
// A page as React writes it: the stylesheet link and chunk scripts ahead of the quick-exit guard.
const GUARD = '(function(){var k="fixthecms:exited"})()';
const GUARD_TAG = `<script id="quick-exit-guard">${GUARD}</script>`;
const HEAD_REST = '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><script src="/a.js" async=""></script><title>Päge</title>';
const GUARDED = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>${HEAD_REST}${GUARD_TAG}</head><body><p>Ünïcode text</p><script>${INLINE}</script></body></html>`;
const GUARD_FIRST = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>${GUARD_TAG}${HEAD_REST}</head><body><p>Ünïcode text</p><script>${INLINE}</script></body></html>`;
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
  } else if (url.pathname === '/guarded-page') {
    // Several writes that split the <head> (and a two-byte character) across chunks.
    const bytes = Buffer.from(GUARDED);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('ETag', '"guarded"');
    res.setHeader('Content-Length', bytes.length);
    res.write(bytes.subarray(0, 60));
    res.write(bytes.subarray(60, 171));
    res.end(bytes.subarray(171));
  } else if (url.pathname === '/echo') {
    // Reads the body as Next's Server Action handler does, and sends it back.
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      res.end(Buffer.concat(chunks));
    })();
  } else if (url.pathname === '/_next/image' && url.searchParams.get('url')?.startsWith('https://images.ctfassets.net/')) {
    // Next's answer when fetching an allowed remote image fails: statusCode and end, no writeHead.
    res.statusCode = 500;
    res.end('"url" parameter is valid but upstream response is invalid');
  } else if (url.pathname === '/fails') {
    res.statusCode = 500;
    res.end('Internal Server Error');
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
  it('lists the hash of every inline script in script-src and of every inline style in style-src, body unchanged', async () => {
    const res = await request('/static-page?etag=%22first%22');
    expect(scriptSrc(res)).toEqual(["'self'", `'${sha256Source(INLINE)}'`]);
    expect(parseCsp(String(res.headers['content-security-policy'])).get('style-src')).toEqual(["'self'", `'${sha256Source(INLINE_STYLE)}'`]);
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

  it('moves the quick-exit guard ahead of the stylesheet in <head>, same length and hashes, buffered or streamed through', async () => {
    // The first response for an ETag is buffered and hashed; the second streams through with the known policy.
    for (const attempt of ['buffered', 'streamed']) {
      const res = await request('/guarded-page');
      expect(res.body, attempt).toBe(GUARD_FIRST);
      expect(Number(res.headers['content-length']), attempt).toBe(Buffer.byteLength(GUARDED));
      expect(scriptSrc(res), attempt).toEqual(["'self'", `'${sha256Source(GUARD)}'`, `'${sha256Source(INLINE)}'`]);
    }
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

describe('request guard: what Next would answer with a redirect to another host or a 500', () => {
  const port = () => Number(new URL(base).port);

  it('answers an absolute-form request line for another host with 400, and serves one for its own host as its path', async () => {
    for (const target of ['http://other.invalid/static-page', 'HTTP://OTHER.INVALID/', '*']) {
      const raw = rawSocket(port());
      const before = seen.length;
      raw.socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\n\r\n`);
      expect(await raw.closedWithin(5_000), target).toBe(true);
      expect(raw.received(), target).toMatch(/^HTTP\/1\.1 400 /);
      expect(raw.received()).not.toMatch(/other\.invalid/i);
      expect(seen.length).toBe(before);
    }
    const raw = rawSocket(port());
    raw.socket.write(`GET http://127.0.0.1:${port()}/data.json?x=1 HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\nConnection: close\r\n\r\n`);
    await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(seen.at(-1)?.url).toBe('/data.json?x=1');
  });

  it('refuses image-optimiser requests Next answers with a 500: other methods, undecodable or redirected local urls', async () => {
    const image = (url: string) => `/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`;
    expect((await request(image('/seed-assets/a.webp'), { method: 'POST' })).status).toBe(405);
    for (const url of ['/%ff.webp', '/seed-assets/a\\b.webp', '/seed-assets//a.webp', '/seed-assets/a.webp/']) {
      const before = seen.length;
      expect((await request(image(url))).status, url).toBe(400);
      expect(seen.length).toBe(before);
    }
    // What Next answers well itself (here the stand-in's 404) goes through.
    for (const url of ['/seed-assets/a.webp', '//evil.example/a.png', 'https://evil.example/a.png']) {
      expect((await request(image(url))).status, url).toBe(404);
    }
  });

  it('answers an allowed image whose host fails with 502, and leaves every other 500 as it is', async () => {
    const remote = await request(`/_next/image?url=${encodeURIComponent('https://images.ctfassets.net/space/a/b/c.png')}&w=640&q=75`);
    expect(remote.status).toBe(502);
    expect(remote.body).toContain('upstream');
    expect((await request('/fails')).status).toBe(500);
  });

  const post = (body: string, headers: Record<string, string>) => fetch(`${base}/echo`, { method: 'POST', headers, body });
  const ACTION = { 'next-action': 'ab'.repeat(21), 'content-type': 'text/plain;charset=UTF-8' };

  it('refuses a Server Action body React cannot decode with 400, before Next reads it', async () => {
    const boundary = 'b0undary';
    const form = (parts: [string, string][], end = `--${boundary}--\r\n`) =>
      parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') + end;
    const multipart = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const bad: [string, string, Record<string, string>][] = [
      ['not JSON', '{{{', ACTION],
      ['empty', '', ACTION],
      ['not an argument list', '{"a":1}', ACTION],
      ['a row the body does not carry', '["$@1"]', ACTION],
      ['a server reference', '["$h1"]', ACTION],
      ['not JSON, as application/json', '{"a":', { ...ACTION, 'content-type': 'application/json' }],
      ['truncated multipart', form([['0', '["$K1"]']], `--${boundary}\r\nContent-Disp`), { ...ACTION, ...multipart }],
      ['multipart without root row', form([['1_email', 'a@b.c']]), { ...ACTION, ...multipart }],
      ['no-JS form, truncated', form([['email', 'a@b.c']], `--${boundary}\r\nContent-Disp`), multipart],
      ['no-JS bound action, unparsable state', form([['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"x","bound":"$@1"}'], ['$ACTION_1:1', '{{{']]), multipart],
      ['no-JS bound action, missing state row', form([['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"x","bound":"$@2"}']]), multipart],
    ];
    for (const [name, body, headers] of bad) {
      const before = seen.length;
      const res = await post(body, headers);
      expect(res.status, name).toBe(400);
      expect(await res.text()).toBe('Invalid Server Action request.');
      expect(seen.length, name).toBe(before);
    }
    const good: [string, string, Record<string, string>][] = [
      ['no arguments', '[]', ACTION],
      ['state and form', form([['0', '[{"status":"idle"},"$K1"]'], ['1_email', 'a@b.c']]), { ...ACTION, ...multipart }],
      ['no-JS bound action', form([['$ACTION_REF_1', ''], ['$ACTION_1:0', '{"id":"x","bound":"$@1"}'], ['$ACTION_1:1', '[{"status":"idle"}]'], ['email', 'a@b.c']]), multipart],
    ];
    for (const [name, body, headers] of good) {
      const res = await post(body, headers);
      expect(res.status, name).toBe(200);
      expect(await res.text(), name).toBe(body);
    }
  });

  it('answers a fetch action body over the form cap with 413, and the connection then answers its next request', async () => {
    expect((await post('x'.repeat(FORM_BODY_BYTES + 1), ACTION)).status).toBe(413);
    const raw = rawSocket(port());
    raw.socket.write(`POST /echo HTTP/1.1\r\nHost: x\r\nNext-Action: ${ACTION['next-action']}\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n`);
    for (let i = 0; i < 4; i++) raw.socket.write(`8000\r\n${'y'.repeat(0x8000)}\r\n`);
    raw.socket.write('0\r\n\r\nGET /data.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(await raw.closedWithin(5_000)).toBe(true);
    expect(raw.answers().map((a) => a.slice(0, 12))).toEqual(['HTTP/1.1 413', 'HTTP/1.1 200']);
  });
});
