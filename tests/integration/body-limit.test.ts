import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_BODY_BYTES, limitRequestBody, TRUNCATED_FIELD } from '@/lib/security/body-limit.mjs';
import { rawSocket as openSocket } from '../support/raw-http';

/**
 * The server's body cap on a real socket, in front of handlers that behave like Next's: one parses
 * a multipart form as the Server Action handler does, one answers at once without reading the body
 * (as a route refusing a request early does), one reads everything it is given.
 */
let server: http.Server;
let port = 0;
const MAX = 256 * 1024;

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    if (!limitRequestBody(req, res, { maxBytes: MAX })) return;
    if (req.url === '/early') {
      res.statusCode = 413;
      res.end('too large');
      return;
    }
    if (req.url === '/form') {
      const form = await new Request('http://x/', { method: 'POST', headers: { 'content-type': String(req.headers['content-type']) }, body: req as unknown as ReadableStream, duplex: 'half' } as RequestInit).formData();
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v).length]))));
      return;
    }
    let bytes = 0;
    for await (const chunk of req) bytes += (chunk as Buffer).length;
    res.end(String(bytes));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((r) => server.close(r)));

const rawSocket = () => openSocket(port);

describe('the server body cap', () => {
  it('refuses a declared Content-Length over the cap with 413 before reading', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/read`, { method: 'POST', headers: { 'content-length': String(MAX + 1) }, body: 'x' }).catch((e) => e);
    // fetch refuses a mismatched length itself; a raw request shows the server's answer.
    expect(res).toBeDefined();
    const raw = rawSocket();
    raw.socket.write(`POST /read HTTP/1.1\r\nHost: x\r\nContent-Length: ${MAX + 1}\r\n\r\n`);
    await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 413/);
  });

  it('ends a chunked body at the cap, whatever is sent after it, and the connection still answers its next request', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const raw = rawSocket();
    raw.socket.write('POST /read HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
    for (let i = 0; i < 8; i++) raw.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    raw.socket.write('0\r\n\r\nGET /read HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    await raw.closed;
    const answers = raw.received().split(/(?=HTTP\/1\.1 )/);
    expect(answers).toHaveLength(2);
    expect(Number(answers[0]!.split('\r\n\r\n')[1])).toBe(MAX);
    expect(answers[1]).toMatch(/^HTTP\/1\.1 200/);
  });

  it('after an early answer to a chunked upload, the next request on the connection is answered', async () => {
    const raw = rawSocket();
    raw.socket.write('POST /early HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
    for (let i = 0; i < 4; i++) raw.socket.write(`10000\r\n${'y'.repeat(0x10000)}\r\n`);
    await new Promise((r) => setTimeout(r, 100));
    raw.socket.write('0\r\n\r\nGET /read HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    await raw.closed;
    const answers = raw.received().split(/(?=HTTP\/1\.1 )/);
    expect(answers.map((a) => a.slice(0, 12))).toEqual(['HTTP/1.1 413', 'HTTP/1.1 200']);
  });

  it('drops the connection when the unread rest of an upload goes past the cap', async () => {
    const raw = rawSocket();
    raw.socket.write('POST /early HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = 'y'.repeat(0x10000);
    for (let i = 0; i < 12 && !raw.socket.destroyed; i++) raw.socket.write(`10000\r\n${chunk}\r\n`);
    await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 413/);
  });

  it('cuts a no-JavaScript form over the form cap after its last whole field and marks it truncated', async () => {
    const form = new FormData();
    form.append('$ACTION_ID_abc', '');
    form.append('email', 'person@example.org');
    form.append('message', 'z'.repeat(FORM_BODY_BYTES * 2));
    form.append('after', 'never seen');
    const res = await fetch(`http://127.0.0.1:${port}/form`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ '$ACTION_ID_abc': 0, email: 18, [TRUNCATED_FIELD]: 1 });
  });

  it('passes a form under the cap through untouched', async () => {
    const form = new FormData();
    form.append('email', 'person@example.org');
    form.append('message', 'short');
    const res = await fetch(`http://127.0.0.1:${port}/form`, { method: 'POST', body: form });
    expect(await res.json()).toEqual({ email: 18, message: 5 });
  });
});
