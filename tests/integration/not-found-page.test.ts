import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { DRAFT_COOKIE } from '@/lib/security/draft-policy.mjs';
import { parseCsp, sha256Source } from '@/lib/security/policy.mjs';
import { withCspHashes } from '@/server/csp.mjs';
import { loopbackNotFoundPage, NOT_FOUND_PATH } from '@/server/not-found-page.mjs';
import { serveDuringSuite } from '../support/loopback-server';

// Next's answer to a page's notFound(), as 16.4 writes it: the 404 page only in flight data.
const SHELL_SCRIPT = 'self.__next_f.push([1,"Page not found"])';
const SHELL = `<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/></head><body><div hidden=""></div><script>${SHELL_SCRIPT}</script></body></html>`;
const GUARD = '(function(){var k="fixthecms:exited"})()';
const PAGE_SCRIPT = 'self.__next_f.push([1,"not-found page"])';
const NOT_FOUND = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><script id="quick-exit-guard">${GUARD}</script><link rel="stylesheet" href="/a.css"/></head><body><h1>Page not found</h1><script>${PAGE_SCRIPT}</script></body></html>`;

let notFoundAnswers = true;
const asked: string[] = [];

/** Stands in for Next: an error shell for a page's notFound(), the real page for an unmatched path. */
function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  asked.push(req.url ?? '');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.statusCode = 404;
  if (req.url === NOT_FOUND_PATH && notFoundAnswers) {
    res.setHeader('ETag', '"not-found"');
    res.end(NOT_FOUND);
  } else if (req.url === NOT_FOUND_PATH) {
    res.statusCode = 500;
    res.end('Internal Server Error');
  } else {
    res.setHeader('ETag', '"shell"');
    res.end(SHELL);
  }
}

const DRAFT_ID = 'preview-mode-id';
const site = serveDuringSuite(withCspHashes(fakeNext, { notFoundPage: loopbackNotFoundPage(() => site.server.address(), DRAFT_ID) }));

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${site.base}${path}`, { headers });
  const scriptSrc = parseCsp(response.headers.get('content-security-policy') ?? '').get('script-src');
  return { status: response.status, etag: response.headers.get('etag'), scriptSrc, body: await response.text() };
}

describe('the real 404 page in place of an error shell (server/not-found-page.mjs)', () => {
  it('sends the not-found page, with its own script hashes and no ETag, for a page that called notFound()', async () => {
    notFoundAnswers = true;
    const answer = await get('/news/no-such-article');
    expect(answer.status).toBe(404);
    expect(answer.body).toBe(NOT_FOUND);
    expect(answer.scriptSrc).toEqual(expect.arrayContaining([`'${sha256Source(GUARD)}'`, `'${sha256Source(PAGE_SCRIPT)}'`]));
    expect(answer.scriptSrc).not.toContain(`'${sha256Source(SHELL_SCRIPT)}'`);
    expect(answer.etag).toBeNull();
    expect(asked.slice(-2)).toEqual(['/news/no-such-article', NOT_FOUND_PATH]);
  });

  it('keeps Next’s answer in draft mode, whose render carries the preview bar', async () => {
    notFoundAnswers = true;
    const answer = await get('/news/no-such-article', { cookie: `theme=x; ${DRAFT_COOKIE}=${DRAFT_ID}` });
    expect(answer.body).toBe(SHELL);
    expect(answer.scriptSrc).toContain(`'${sha256Source(SHELL_SCRIPT)}'`);
    // The shell's ETag was not remembered, so a reader's request after it is replaced again,
    // as is one with a made-up draft cookie, which Next renders for a reader too.
    expect((await get('/news/no-such-article')).body).toBe(NOT_FOUND);
    expect((await get('/news/no-such-article', { cookie: `${DRAFT_COOKIE}=made-up` })).body).toBe(NOT_FOUND);
  });

  it('keeps Next’s answer, and its hashes, when the not-found page cannot be had', async () => {
    notFoundAnswers = false;
    const answer = await get('/news/no-such-article');
    expect(answer.status).toBe(404);
    expect(answer.body).toBe(SHELL);
    expect(answer.scriptSrc).toContain(`'${sha256Source(SHELL_SCRIPT)}'`);
  });
});
