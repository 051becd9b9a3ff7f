import { once } from 'node:events';
import { expect, test } from '@playwright/test';
import { startImage, type ImageServer } from '../support/image-server';
import { rawSocket } from '../support/raw-http';
import { E2E_ENV } from './env';

/**
 * Requests no browser sends, against the production server (server/index.mjs on the build laid
 * out as the image): each gets a 4xx or a page, never a 500, a wedged connection or a redirect to
 * another host (issue 17, items 1, 2, 6, 8 and 9).
 */

const port = (baseURL: string | undefined) => Number(new URL(baseURL!).port);

/** The signup form's Server Action id, as the page hands it to a browser. */
async function signupActionId(baseURL: string) {
  const html = await (await fetch(`${baseURL}/get-involved`)).text();
  const id = /&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/.exec(html)?.[1];
  expect(id, 'the page carries a Server Action id').toBeDefined();
  return id!;
}

const BOUNDARY = 'hostile0boundary';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const form = (parts: [string, string][], end = `--${BOUNDARY}--\r\n`) =>
  parts.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') + end;

test('malformed Server Action payloads get a 4xx or the page, never a 500', async ({ baseURL }) => {
  const id = await signupActionId(baseURL!);
  const unknown = 'ab'.repeat(21);
  const text = 'text/plain;charset=UTF-8';
  const bound = (state: string, action = id) => [['$ACTION_REF_1', ''], ['$ACTION_1:0', JSON.stringify({ id: action, bound: '$@1' })], ['$ACTION_1:1', state]] as [string, string][];
  const cases: [string, Record<string, string>, string, number][] = [
    ['bogus action id', { 'next-action': 'bogus', 'content-type': text }, '[]', 400],
    ['unknown action id', { 'next-action': unknown, 'content-type': text }, '[]', 409],
    ['garbage JSON', { 'next-action': id, 'content-type': text }, '{{{', 400],
    ['empty body', { 'next-action': id, 'content-type': text }, '', 400],
    ['arguments not a list', { 'next-action': id, 'content-type': text }, '"x"', 400],
    ['a row the body does not carry', { 'next-action': id, 'content-type': text }, '["$Q9"]', 400],
    ['truncated multipart', { 'next-action': id, 'content-type': MULTIPART }, form([['1_email', 'a@example.org']], `--${BOUNDARY}\r\nContent-Disp`), 400],
    ['multipart without a boundary', { 'next-action': id, 'content-type': 'multipart/form-data' }, form([['0', '[]']]), 400],
    ['oversized action body', { 'next-action': id, 'content-type': text }, JSON.stringify(['x'.repeat(100_000)]), 413],
    ['oversized body for an unknown action', { 'next-action': unknown, 'content-type': text }, 'x'.repeat(100_000), 413],
    // Arguments React can decode but that are not what the form sends: the action answers as for a blank form.
    ['numbers where the form belongs', { 'next-action': id, 'content-type': text }, '[1,2]', 200],
    ['no-JS: unknown action id', { 'content-type': MULTIPART }, form([[`$ACTION_ID_${unknown}`, ''], ['email', 'a@example.org']]), 409],
    ['no-JS: bound action posted unbound', { 'content-type': MULTIPART }, form([[`$ACTION_ID_${id}`, ''], ['email', 'a@example.org']]), 200],
    ['no-JS: unparsable bound state', { 'content-type': MULTIPART }, form(bound('{{{')), 400],
    ['no-JS: bound state of the wrong shape', { 'content-type': MULTIPART }, form([...bound('[1,2]'), ['email', 'a@example.org']]), 200],
    ['no-JS: truncated form', { 'content-type': MULTIPART }, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="email"\r\n\r\nabc`, 400],
    ['no-JS: garbage multipart', { 'content-type': MULTIPART }, '\u0000\u0001garbage', 400],
  ];
  for (const [name, headers, body, status] of cases) {
    const response = await fetch(`${baseURL}/get-involved`, { method: 'POST', headers, body, redirect: 'manual' });
    expect(response.status, name).toBe(status);
    const answer = await response.text();
    if (status === 200) expect(answer, name).not.toMatch(/E\{"digest"/);
  }
});

test('odd image-optimiser URLs get a 4xx, a real picture still an image', async ({ baseURL }) => {
  const image = (url: string, w = '640', q = '75') => `/_next/image?url=${encodeURIComponent(url)}&w=${w}&q=${q}`;
  const real = '/seed-assets/hero-court.webp';
  const ok = await fetch(`${baseURL}${image(real)}`, { headers: { accept: 'image/avif,image/webp,*/*' } });
  expect(ok.status).toBe(200);
  expect(ok.headers.get('content-type')).toMatch(/^image\//);
  const odd = [
    '/_next/image',
    '/_next/image?w=640&q=75',
    image(''),
    image('garbage'),
    image('%ff'),
    image('/%ff'),
    image('/seed-assets/%E0%A4%A.webp'),
    image('//evil.example/a.png'),
    image('/\\evil.example/a.png'),
    image('https://evil.example/a.png'),
    image('http://127.0.0.1:9/a.png'),
    image('https://images.ctfassets.net:8443/a.png'),
    image('data:image/png;base64,AAAA'),
    image('javascript:alert(1)'),
    image('/news'),
    image('/api/health'),
    image('/seed-assets/no-such-picture.webp'),
    image(`${real}/`),
    image('/seed-assets//hero-court.webp'),
    image('/seed-assets/opfs-value-for-money-summary.pdf'),
    image(`/${'a'.repeat(4000)}`),
    image(real, '999999'),
    image(real, '9'.repeat(400)),
    image(real, '-1'),
    image(real, '640', '0'),
    image(real, '640', '101'),
    image(real, '640', 'abc'),
    image(real, '640', '9'.repeat(400)),
    `${image(real)}&url=${encodeURIComponent(real)}`,
  ];
  for (const path of odd) {
    const response = await fetch(`${baseURL}${path}`, { redirect: 'manual' });
    expect(response.status, path.slice(0, 120)).toBeGreaterThanOrEqual(400);
    expect(response.status, path.slice(0, 120)).toBeLessThan(500);
  }
  for (const method of ['POST', 'PUT', 'DELETE']) {
    expect((await fetch(`${baseURL}${image(real)}`, { method })).status, method).toBe(405);
  }
  // An allowed Contentful image that cannot be fetched is the image host's fault: 502 where the
  // host cannot be reached (as on this machine, with no outside network), its 404 where it can.
  expect([404, 502]).toContain((await fetch(`${baseURL}${image('https://images.ctfassets.net/space/asset/id/picture.png')}`)).status);
});

test('after an early 413 to an over-limit chunked body, the same keep-alive connection answers its next request', async ({ baseURL }) => {
  const id = await signupActionId(baseURL!);
  const uploads = [
    ['/api/stripe/webhook', 'Stripe-Signature: t=1,v1=x\r\n', 3 * 1024 * 1024],
    ['/get-involved', `Next-Action: ${id}\r\nContent-Type: text/plain;charset=UTF-8\r\n`, 1024 * 1024],
  ] as const;
  for (const [path, headers, bytes] of uploads) {
    const raw = rawSocket(port(baseURL));
    raw.socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Transfer-Encoding: chunked\r\n\r\n`);
    const chunk = 'x'.repeat(0x10000);
    for (let sent = 0; sent < bytes && !raw.socket.destroyed; sent += chunk.length) raw.socket.write(`10000\r\n${chunk}\r\n`);
    await expect.poll(() => raw.received(), { timeout: 10_000 }).toMatch(/^HTTP\/1\.1 413 /);
    raw.socket.write('0\r\n\r\nGET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(await raw.closedWithin(10_000), path).toBe(true);
    expect(raw.answers().map((a) => a.slice(0, 12)), path).toEqual(['HTTP/1.1 413', 'HTTP/1.1 200']);
  }
});

test('bodies are capped while they arrive: a declared length over the cap, and an endless chunked upload', async ({ baseURL }) => {
  const declared = rawSocket(port(baseURL));
  declared.socket.write(`POST /api/stripe/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${64 * 1024 * 1024}\r\n\r\n`);
  expect(await declared.closedWithin(10_000)).toBe(true);
  expect(declared.received()).toMatch(/^HTTP\/1\.1 413 /);
  // An upload that never ends: the server answers, reads and drops the rest, then closes the connection.
  const endless = rawSocket(port(baseURL));
  endless.socket.write('POST /api/stripe/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nStripe-Signature: t=1,v1=x\r\nTransfer-Encoding: chunked\r\n\r\n');
  const chunk = `10000\r\n${'y'.repeat(0x10000)}\r\n`;
  const deadline = Date.now() + 15_000;
  while (!endless.socket.destroyed && Date.now() < deadline) {
    if (!endless.socket.write(chunk)) await Promise.race([once(endless.socket, 'drain').catch(() => undefined), endless.closed]);
  }
  expect(endless.socket.destroyed, 'the server closed the connection').toBe(true);
  expect(endless.received()).toMatch(/^HTTP\/1\.1 413 /);
});

test('an absolute-form request line for another host gets a 400, never a redirect there', async ({ baseURL }) => {
  const own = `127.0.0.1:${port(baseURL)}`;
  for (const target of ['http://other.invalid/news', 'HTTP://OTHER.INVALID/', '*']) {
    const raw = rawSocket(port(baseURL));
    raw.socket.write(`GET ${target} HTTP/1.1\r\nHost: ${own}\r\nConnection: close\r\n\r\n`);
    expect(await raw.closedWithin(10_000), target).toBe(true);
    expect(raw.received(), target).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw.received(), target).not.toMatch(/^location:/im);
  }
  // Naming the authority the Host header names, it is served as its path, as any Host is.
  for (const host of [own, 'other.invalid']) {
    const raw = rawSocket(port(baseURL));
    raw.socket.write(`GET http://${host}/news HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(await raw.closedWithin(10_000), host).toBe(true);
    expect(raw.received(), host).toMatch(/^HTTP\/1\.1 200 /);
    expect(raw.received(), host).not.toMatch(/^location:/im);
  }
});

test.describe('client addresses on the production server', () => {
  test.describe.configure({ mode: 'serial' });
  const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
  let site: ImageServer | undefined;
  test.afterEach(async () => {
    await site?.stop();
    site = undefined;
  });

  /** One-click unsubscribes with a bad token from 31 "different" clients: the limit is 30 per address. */
  async function rotatingClients(url: string) {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const headers = { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `198.51.100.${i}` };
      statuses.push((await fetch(`${url}/api/newsletter/unsubscribe?token=not-a-token`, { method: 'POST', headers })).status);
    }
    return statuses;
  }

  for (const [trustProxy, limited] of [['', true], ['1', false]] as const) {
    test(`${trustProxy ? 'with TRUST_PROXY=1 each forwarded address' : 'without TRUST_PROXY only the socket'} counts against the limit`, async () => {
      test.setTimeout(120_000);
      site = await startImage(BASE_PORT + 35, { ...E2E_ENV, DATA_DIR: `.data/e2e-hostile-${trustProxy || 'none'}`, ...(trustProxy ? { TRUST_PROXY: trustProxy } : {}) });
      const statuses = await rotatingClients(site.url);
      expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
      expect(statuses[30]).toBe(limited ? 429 : 400);
    });
  }
});
