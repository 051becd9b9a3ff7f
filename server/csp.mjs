// The one step of the production server that needs a response body: the Content-Security-Policy of
// an HTML page lists the SHA-256 of each of its inline scripts (Next writes flight data inline, and
// its text changes with each render), so pages stay static and no nonce is needed. Every other
// header, the base CSP included, comes from next.config.ts. See ARCHITECTURE.md "Security headers".
// It also puts the quick-exit guard first in each page's <head> (guard-first.mjs), holding back
// only the first bytes of a page until its </head> has passed, and sends the real 404 page in
// place of Next's empty error shell (not-found-page.mjs).
import { buildCsp, inlineHashes } from '../lib/security/policy.mjs';
import { guardFirst, hasWholeHead } from './guard-first.mjs';
import { isErrorShell } from './not-found-page.mjs';

const MEMO_ENTRIES = 500;

/** @param {unknown} chunk @param {BufferEncoding | undefined} encoding */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding ?? 'utf8');
}

/**
 * Wraps Next's request handler. A page Next serves from its cache carries an ETag (a hash of the
 * body), so once a body's policy is known the response streams straight through with it; only the
 * first response for each ETag, and pages without one (rendered per request), are buffered and hashed.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handle
 * @param {{ notFoundPage?: (req: import('node:http').IncomingMessage) => Promise<Buffer | null> }} [options]
 *   the 404 page to send instead of an error shell (null: keep Next's answer)
 */
export function withCspHashes(handle, { notFoundPage } = {}) {
  /** @type {Map<string, string>} ETag → CSP of that body */
  const memo = new Map();

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  return function cspStep(req, res) {
    // A HEAD for a page still needs the body to hash: render it as GET and send no body.
    const isHead = req.method === 'HEAD';
    if (isHead) req.method = 'GET';
    const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
    /** @type {'buffer' | 'pass' | null} */
    let mode = null;
    /** @type {Buffer[]} */
    const chunks = [];
    // A page streamed straight through: its first chunks are held until the whole <head> is in.
    let holdingHead = false;
    /** @type {Buffer[]} */
    const head = [];

    function decide() {
      if (mode) return;
      mode = 'pass';
      // A 304 updates the browser's stored headers: a CSP here would replace the one whose hashes
      // match the cached page (same ETag, same body), so send none and keep that one.
      if (res.statusCode === 304) {
        res.removeHeader('content-security-policy');
        return;
      }
      if (res.statusCode === 204 || !/^text\/html/i.test(String(res.getHeader('content-type') ?? ''))) return;
      const etag = res.getHeader('etag');
      const known = typeof etag === 'string' ? memo.get(etag) : undefined;
      if (known) res.setHeader('Content-Security-Policy', known);
      else mode = 'buffer';
      holdingHead = mode === 'pass';
    }

    /** The held first bytes, once they hold the whole <head> (or the page ends), with the guard first. */
    function releaseHead(/** @type {boolean} */ ending) {
      if (!holdingHead) return null;
      const html = Buffer.concat(head);
      if (!ending && !hasWholeHead(html)) return null;
      holdingHead = false;
      head.length = 0;
      return guardFirst(html);
    }

    /** Next's answer, or the real 404 page where Next answered with its error shell. */
    async function pageBody() {
      const body = Buffer.concat(chunks);
      const shell = res.statusCode === 404 && isErrorShell(body);
      const page = shell && notFoundPage ? await notFoundPage(req).catch(() => null) : null;
      return { body: page ?? body, shell, replaced: page !== null };
    }

    /** @param {(() => void) | undefined} callback */
    async function finishHtml(callback) {
      const { body: page, shell, replaced } = await pageBody();
      const body = guardFirst(page);
      const csp = buildCsp(inlineHashes(body.toString('utf8')));
      const etag = res.getHeader('etag');
      // A replaced body is not the one its ETag names. A shell is never remembered, so the next
      // request for it is buffered and replaced too (a draft-mode one keeps it).
      if (replaced) res.removeHeader('etag');
      if (typeof etag === 'string' && !shell) {
        if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value ?? '');
        memo.set(etag, csp);
      }
      res.setHeader('Content-Security-Policy', csp);
      res.setHeader('Content-Length', body.length);
      original.writeHead.call(res, res.statusCode);
      original.end.call(res, isHead ? undefined : body, callback);
    }

    /** @type {any} */ (res).writeHead = function writeHead(/** @type {number} */ status, /** @type {any[]} */ ...rest) {
      res.statusCode = status;
      if (typeof rest[0] === 'string') res.statusMessage = rest.shift();
      const headers = rest[0];
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      } else if (headers) {
        for (const [key, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(key, value);
      }
      decide();
      return mode === 'buffer' ? res : original.writeHead.call(res, res.statusCode);
    };
    res.flushHeaders = function flushHeaders() {
      decide();
      if (mode !== 'buffer') original.flushHeaders.call(res);
    };
    /** @type {any} */ (res).write = function write(/** @type {unknown} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      decide();
      if (mode === 'buffer' || isHead) {
        if (mode === 'buffer') chunks.push(toBuffer(chunk, encoding));
        if (callback) process.nextTick(callback);
        return true;
      }
      if (holdingHead) {
        head.push(toBuffer(chunk, encoding));
        const released = releaseHead(false);
        if (released) return original.write.call(res, released, callback);
        if (callback) process.nextTick(callback);
        return true;
      }
      return original.write.call(res, /** @type {any} */ (chunk), encoding, callback);
    };
    /** @type {any} */ (res).end = function end(/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      decide();
      if (mode === 'buffer') {
        if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
        void finishHtml(callback);
        return res;
      }
      if (isHead) return original.end.call(res, callback);
      if (holdingHead) {
        if (chunk !== undefined && chunk !== null) head.push(toBuffer(chunk, encoding));
        return original.end.call(res, releaseHead(true), callback);
      }
      return original.end.call(res, chunk, encoding, callback);
    };
    return handle(req, res);
  };
}
