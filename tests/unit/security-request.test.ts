import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkOrigin, guardJson, isAllowedOrigin, parseWith, readLimitedText } from '@/lib/security/request';

const URL_ = 'http://127.0.0.1:3700/api/thing';
const post = (headers: Record<string, string>, body?: BodyInit) => new Request(URL_, { method: 'POST', headers, body });

describe('origin check', () => {
  it('accepts same-origin requests by fetch metadata or by Origin', () => {
    expect(isAllowedOrigin(post({ 'sec-fetch-site': 'same-origin', origin: 'null' }))).toBe(true);
    expect(isAllowedOrigin(post({ origin: 'http://127.0.0.1:3700' }))).toBe(true);
    expect(isAllowedOrigin(post({ origin: 'http://localhost:3000' }))).toBe(true);
  });

  it('rejects a cross-origin POST with 403', async () => {
    const result = checkOrigin(post({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(403);
      expect(await result.response.json()).toMatchObject({ error: 'forbidden_origin' });
    }
    expect(isAllowedOrigin(post({ origin: 'https://evil.example' }))).toBe(false);
    expect(isAllowedOrigin(post({ origin: 'null', 'sec-fetch-site': 'cross-site' }))).toBe(false);
  });

  it('rejects a POST with no Origin unless the route allows it (signed webhooks)', () => {
    expect(isAllowedOrigin(post({}))).toBe(false);
    expect(isAllowedOrigin(post({ origin: 'null' }))).toBe(false);
    expect(isAllowedOrigin(post({}), { allowMissingOrigin: true })).toBe(true);
    expect(isAllowedOrigin(post({ origin: 'https://evil.example' }), { allowMissingOrigin: true })).toBe(false);
  });

  it('allows listed extra origins and every safe method', () => {
    expect(isAllowedOrigin(post({ origin: 'https://app.contentful.com', 'sec-fetch-site': 'cross-site' }), { allowedOrigins: ['https://app.contentful.com'] })).toBe(true);
    expect(isAllowedOrigin(new Request(URL_, { headers: { origin: 'https://evil.example' } }))).toBe(true);
  });
});

describe('readLimitedText', () => {
  it('reads a body within the limit', async () => {
    expect(await readLimitedText(post({}, 'hello'), 5)).toEqual({ ok: true, data: 'hello' });
  });

  it('refuses by Content-Length with 413 before reading', async () => {
    const result = await readLimitedText(post({ 'content-length': '6' }, 'hello!'), 5);
    expect(result.ok ? 200 : result.response.status).toBe(413);
  });

  it('refuses a chunked body that grows past the limit while streaming', async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(1024));
        if (pulls > 1000) controller.close();
      },
    });
    const request = new Request(URL_, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    const result = await readLimitedText(request, 4096);
    expect(result.ok ? 200 : result.response.status).toBe(413);
    expect(pulls).toBeLessThan(10);
  });
});

describe('parsing', () => {
  const schema = z.object({ email: z.email() });

  it('returns 400 with field paths and messages but not the submitted value', async () => {
    const result = parseWith(schema, { email: 'not-an-email' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(400);
      const text = await result.response.text();
      expect(JSON.parse(text).issues[0].path).toBe('email');
      expect(text).not.toContain('not-an-email');
    }
  });

  it('guardJson applies origin, size, JSON and schema checks in order', async () => {
    const same = { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' };
    const status = async (request: Request) => {
      const result = await guardJson(request, schema, { maxBytes: 64 });
      return result.ok ? result.data : result.response.status;
    };
    expect(await status(post(same, JSON.stringify({ email: 'a@example.org' })))).toEqual({ email: 'a@example.org' });
    expect(await status(post({ origin: 'https://evil.example' }, '{}'))).toBe(403);
    expect(await status(post(same, JSON.stringify({ email: `${'a'.repeat(80)}@example.org` })))).toBe(413);
    expect(await status(post(same, '{not json'))).toBe(400);
    expect(await status(post(same, '{}'))).toBe(400);
  });
});
