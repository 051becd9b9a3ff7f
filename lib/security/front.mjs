// The request front scripts/serve.mjs puts before Next's handler: per-response CSP from the hashes
// of the HTML's inline scripts, HSTS over https, cookie hardening, compression, request ids and one
// JSON log line per request. See ARCHITECTURE.md "Security headers and CSP" for why it exists.
import { createHash, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import {
  HSTS_VALUE,
  SITE_COOKIES,
  buildCsp,
  cookieName,
  hardenSetCookie,
  inlineHashes,
  isCrossSiteMutation,
  normaliseOrigin,
  staticSecurityHeaders,
} from './policy.mjs';
import { limitRequestBody } from './body-limit.mjs';
import { stampClientAddress } from './client-address.mjs';
import { negotiateEncoding } from './encoding.mjs';

const COMPRESSIBLE_RE = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json|rss\+xml|atom\+xml)|image\/svg\+xml)/i;
const MIN_COMPRESS_BYTES = 1024;
const REQUEST_ID_RE = /^[A-Za-z0-9._-]{8,64}$/;
const CACHE_ENTRIES = 200;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
// Quality 5 compresses a page in about a millisecond off the main thread and beats gzip -6 on size.
const BROTLI_PARAMS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };
const BROTLI_STREAM_PARAMS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 }, flush: zlib.constants.BROTLI_OPERATION_FLUSH };

/** @param {import('node:http').IncomingMessage} req @param {boolean} trustProxy */
export function isHttps(req, trustProxy) {
  if (/** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted) return true;
  const proto = req.headers['x-forwarded-proto'];
  return trustProxy && typeof proto === 'string' && proto.split(',')[0]?.trim() === 'https';
}

/** @param {unknown} chunk @param {BufferEncoding | undefined} encoding */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding ?? 'utf8');
}

/** @param {import('node:http').ServerResponse} res @param {string} value */
function addVary(res, value) {
  const current = String(res.getHeader('vary') ?? '');
  if (!current.toLowerCase().split(/\s*,\s*/).includes(value.toLowerCase())) res.setHeader('vary', current ? `${current}, ${value}` : value);
}

/** @param {string} line */
function defaultLog(line) {
  console.log(line);
}

/**
 * @typedef {object} FrontOptions
 * @property {boolean | number} [trustProxy] proxies in front (true = 1): trust X-Forwarded-*, X-Request-Id
 * @property {((line: string) => void) | null} [log] receives one JSON line per request; null for none
 * @property {readonly string[]} [allowedOrigins] origins besides the request's own that may post (SITE_URL's)
 */

/** @param {string} url */
export function hasWellFormedPath(url) {
  try {
    decodeURIComponent(url.split('?')[0] ?? '/');
    return true;
  } catch {
    return false;
  }
}

/**
 * Wraps Next's request handler. HTML responses are buffered (a hash needs the whole script text),
 * so the CSP can list every inline script; everything else streams through.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handle
 * @param {FrontOptions} [options]
 */
export function createFrontHandler(handle, { trustProxy: proxies = false, log = defaultLog, allowedOrigins = [] } = {}) {
  const hops = proxies === true ? 1 : Math.max(0, Number(proxies) || 0);
  const trustProxy = hops > 0;
  const staticHeaders = staticSecurityHeaders();
  const baseCsp = { http: buildCsp({ https: false }), https: buildCsp({ https: true }) };
  /** @type {Map<string, { csp: string, br?: Buffer, gzip?: Buffer }>} */
  const htmlCache = new Map();

  /** @param {Buffer} body @param {boolean} https */
  function htmlEntry(body, https) {
    const key = `${https ? 's' : 'p'}:${createHash('sha1').update(body).digest('base64')}`;
    let entry = htmlCache.get(key);
    if (!entry) {
      entry = { csp: buildCsp({ ...inlineHashes(body.toString('utf8')), https }) };
      if (htmlCache.size >= CACHE_ENTRIES) htmlCache.delete(htmlCache.keys().next().value ?? '');
      htmlCache.set(key, entry);
    }
    return entry;
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  return function front(req, res) {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0]?.slice(0, 256) ?? '/';
    // Next answers a malformed percent-escape in the path with a 500; to a reader it is a page that does not exist.
    if (!hasWellFormedPath(req.url ?? '/')) req.url = '/_not-found';
    const incomingId = req.headers['x-request-id'];
    const requestId = trustProxy && typeof incomingId === 'string' && REQUEST_ID_RE.test(incomingId) ? incomingId : randomUUID();
    const https = isHttps(req, trustProxy);
    const forwardedHost = req.headers['x-forwarded-host'];
    const host = (trustProxy && typeof forwardedHost === 'string' && forwardedHost) || req.headers.host || 'localhost';
    const ownOrigin = `${https ? 'https' : 'http'}://${host}`;
    const origin = normaliseOrigin(req.headers, ownOrigin);
    if (origin !== undefined) req.headers.origin = origin;
    req.headers['x-request-id'] = requestId;
    stampClientAddress(req, hops);
    const refused = isCrossSiteMutation(method, req.headers, [ownOrigin, ...allowedOrigins]);

    // Next would compress before we see the bytes; the front compresses after hashing instead.
    const acceptEncoding = req.headers['accept-encoding'];
    delete req.headers['accept-encoding'];
    // A HEAD for a page still needs the body to hash; render it as GET and drop the body.
    const isHead = method === 'HEAD';
    if (isHead) req.method = 'GET';

    for (const { key, value } of staticHeaders) res.setHeader(key, value);
    res.setHeader('X-Request-Id', requestId);
    if (!limitRequestBody(req, res)) return;

    const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
    /** @type {'buffer' | 'stream' | 'pass' | null} */
    let mode = null;
    /** @type {Buffer[]} */
    const chunks = [];
    /** @type {zlib.Gzip | zlib.BrotliCompress | null} */
    let encoder = null;

    function decide() {
      if (mode) return;
      const status = res.statusCode;
      const cookies = res.getHeader('set-cookie');
      if (cookies !== undefined) {
        const list = Array.isArray(cookies) ? cookies : [String(cookies)];
        res.setHeader('set-cookie', list.map(hardenSetCookie));
        const unlisted = list.map(cookieName).filter((name) => !SITE_COOKIES.includes(name));
        // Not on the cookies page: a privacy promise is broken, so say so loudly (names only).
        if (unlisted.length > 0) console.error(JSON.stringify({ time: new Date().toISOString(), level: 'warn', event: 'unlisted-cookie', requestId, path, cookies: unlisted }));
      }
      if (https) res.setHeader('Strict-Transport-Security', HSTS_VALUE);
      // A 304 updates the browser's stored headers: a CSP here would replace the one whose hashes
      // match the cached page, so send none and keep it (same ETag, same body, same hashes).
      if (status === 304) {
        res.removeHeader('content-security-policy');
        mode = 'pass';
        return;
      }
      const type = String(res.getHeader('content-type') ?? '');
      if (/^text\/html/i.test(type) && status !== 204) {
        mode = 'buffer';
        return;
      }
      res.setHeader('Content-Security-Policy', https ? baseCsp.https : baseCsp.http);
      const enc =
        !isHead && status !== 204 && status !== 206 && COMPRESSIBLE_RE.test(type) && !res.getHeader('content-encoding')
          ? negotiateEncoding(acceptEncoding)
          : null;
      const length = Number(res.getHeader('content-length') ?? Infinity);
      if (!enc || length < MIN_COMPRESS_BYTES) {
        if (COMPRESSIBLE_RE.test(type)) addVary(res, 'Accept-Encoding');
        mode = 'pass';
        return;
      }
      res.removeHeader('content-length');
      res.setHeader('Content-Encoding', enc);
      addVary(res, 'Accept-Encoding');
      encoder =
        enc === 'br'
          ? zlib.createBrotliCompress(BROTLI_STREAM_PARAMS)
          : zlib.createGzip({ level: 6, flush: zlib.constants.Z_SYNC_FLUSH });
      encoder.on('data', (data) => original.write.call(res, data));
      encoder.on('end', () => original.end.call(res));
      encoder.on('error', (error) => res.destroy(error));
      mode = 'stream';
    }

    /** @param {(() => void) | undefined} callback */
    async function finishHtml(callback) {
      let body = Buffer.concat(chunks);
      const entry = htmlEntry(body, https);
      res.setHeader('Content-Security-Policy', entry.csp);
      addVary(res, 'Accept-Encoding');
      const enc = !isHead && body.length >= MIN_COMPRESS_BYTES ? negotiateEncoding(acceptEncoding) : null;
      if (enc) {
        let compressed = entry[enc];
        if (!compressed) {
          compressed = enc === 'br' ? await brotli(body, BROTLI_PARAMS) : await gzip(body, { level: 6 });
          entry[enc] = compressed;
        }
        body = compressed;
        res.setHeader('Content-Encoding', enc);
      }
      if (res.destroyed) return;
      res.setHeader('Content-Length', body.length);
      original.writeHead.call(res, res.statusCode);
      original.end.call(res, isHead ? undefined : body, callback);
    }

    /** @type {any} */ (res).writeHead = function writeHead(/** @type {number} */ status, /** @type {any[]} */ ...rest) {
      res.statusCode = status;
      const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
      if (typeof rest[0] === 'string') res.statusMessage = rest[0];
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      } else if (headers) {
        for (const [key, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(key, value);
      }
      decide();
      if (mode === 'buffer') return res;
      return original.writeHead.call(res, res.statusCode);
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
      if (mode === 'stream' && encoder) {
        encoder.write(toBuffer(chunk, encoding), callback);
        return true;
      }
      return original.write.call(res, /** @type {any} */ (chunk), encoding, callback);
    };
    /** @type {any} */ (res).end = function end(/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
      // A single-shot body has a known length, which lets small ones skip compression.
      if (!mode && !res.headersSent && chunk != null && res.getHeader('content-length') === undefined) {
        res.setHeader('Content-Length', toBuffer(chunk, encoding).length);
      }
      decide();
      if (mode === 'buffer') {
        if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
        finishHtml(callback).catch((error) => res.destroy(error));
        return res;
      }
      if (mode === 'stream' && encoder) {
        if (callback) res.once('finish', callback);
        if (chunk !== undefined && chunk !== null) encoder.end(toBuffer(chunk, encoding));
        else encoder.end();
        return res;
      }
      if (isHead) return original.end.call(res, callback);
      return original.end.call(res, chunk, encoding, callback);
    };

    res.once('close', () => {
      if (!log) return;
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          level: 'info',
          event: 'request',
          requestId,
          method,
          path,
          status: res.statusCode,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          ...(res.writableFinished ? {} : { aborted: true }),
        }),
      );
    });

    if (refused) {
      res.statusCode = 403;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end('Forbidden: this request did not come from this site.');
      return undefined;
    }
    return handle(req, res);
  };
}
