// What the production server checks before Next sees a request: a request line naming another
// host is refused, a malformed path is a 404, a state-changing request from another site is
// refused, and what Next would answer with a 500 (an image-optimiser URL it cannot fetch, a
// Server Action body it cannot decode) is a 4xx. Cheap on purpose: a GET with a plain path costs a
// few comparisons; only Server Action bodies (64 KB at most) are held and read before Next.
import { holdRequestBody, limitRequestBody } from '../lib/security/body-limit.mjs';
import { stampClientAddress } from '../lib/security/client-address.mjs';
import { isCrossSiteMutation, staticSecurityHeaders } from '../lib/security/policy.mjs';
import { isWellFormedActionBody } from '../lib/security/server-action-body.mjs';

/** @param {string} url */
export function hasWellFormedPath(url) {
  const path = url.split('?')[0] ?? '/';
  if (!path.includes('%')) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The request target as a path. An absolute-form target (`GET http://host/path`, meant for
 * proxies) that names the Host header's own authority is served as its path; one naming another
 * host, `*` or an authority is null (a 400): Next would answer it with a redirect to that host.
 * @param {string} url @param {string | undefined} host
 */
export function originFormTarget(url, host) {
  if (url.startsWith('/')) return url;
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) return null;
  const target = new URL(url);
  return target.host === String(host ?? '').toLowerCase() ? `${target.pathname}${target.search}` : null;
}

/**
 * Why Next's image optimiser must not see this request, or null. It answers 500 to a method
 * other than GET and HEAD (it fetches the image with the same method), to a local `url` with a
 * malformed percent-escape (its recursion check throws), and to one its own router redirects (a
 * backslash, `//` or a trailing slash: it turns the 308 into a 500).
 * @param {string} method @param {string} search the query string, without `?`
 */
export function imageRequestRefusal(method, search) {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, text: 'Method not allowed.', headers: { Allow: 'GET, HEAD' } };
  const urls = new URLSearchParams(search).getAll('url');
  const url = urls.length === 1 ? (urls[0] ?? '') : '';
  // Absolute, protocol-relative, missing and repeated urls get Next's own 400s.
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  const path = url.split('?')[0] ?? '';
  if (hasWellFormedPath(path) && !/\\|\/\/|.\/$/.test(path)) return null;
  return { status: 400, text: '"url" parameter is not allowed', headers: {} };
}

/**
 * What is left of the optimiser's 500s once the refusals above have run is its own fetch of an
 * allowed image failing (DNS, a refused connection, the image host's 5xx): a fault upstream, so a
 * 502 (Bad Gateway), which an edge serves stale over and nobody reads as a bug of ours.
 * Node writes the status through writeHead whether Next calls it or only sets statusCode.
 * @param {import('node:http').ServerResponse} res
 */
function upstreamFailureAsBadGateway(res) {
  const writeHead = res.writeHead;
  /** @type {any} */ (res).writeHead = function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
    return writeHead.call(this, status === 500 ? 502 : status, ...rest);
  };
}

/**
 * A POST Next may take for a Server Action: one with the `Next-Action` header, or a multipart form
 * posted to a page (API routes read their own bodies).
 * @param {import('node:http').IncomingMessage} req @param {string} path
 */
function mayBeServerAction(req, path) {
  if (req.method !== 'POST' || path.startsWith('/api/') || path.startsWith('/_next/')) return false;
  return req.headers['next-action'] !== undefined || /^multipart\/form-data/i.test(String(req.headers['content-type'] ?? ''));
}

/**
 * The origins a form on this site can post from: the public SITE_URL's, and the one the request
 * itself names (Host, and https when it came over TLS or a proxy says so). A forged
 * X-Forwarded-Proto only changes what the sender's own request is compared with.
 * @param {import('node:http').IncomingMessage} req
 * @param {string | undefined} siteOrigin
 */
function ownOrigins(req, siteOrigin) {
  const tls = /** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted;
  const proto = tls || String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  const own = `${proto}://${req.headers.host ?? 'localhost'}`;
  return siteOrigin ? [own, siteOrigin] : [own];
}

/**
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handle
 * @param {{ siteUrl?: string, hops?: number }} [options] hops: trusted proxies in front (TRUST_PROXY)
 */
export function withRequestGuard(handle, { siteUrl, hops = 0 } = {}) {
  const siteOrigin = siteUrl && URL.canParse(siteUrl) ? new URL(siteUrl).origin : undefined;
  const refusalHeaders = staticSecurityHeaders();

  /**
   * @param {import('node:http').ServerResponse} res @param {number} status @param {string} text
   * @param {Record<string, string>} [headers]
   */
  const answer = (res, status, text, headers = {}) => {
    for (const { key, value } of refusalHeaders) res.setHeader(key, value);
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
    res.end(text);
    return undefined;
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  return function guard(req, res) {
    stampClientAddress(req, hops);
    const target = originFormTarget(req.url ?? '/', req.headers.host);
    if (target === null) return answer(res, 400, 'Bad request: this server answers for its own pages only.', { Connection: 'close' });
    req.url = target;
    const query = target.indexOf('?');
    const path = query < 0 ? target : target.slice(0, query);
    const search = query < 0 ? '' : target.slice(query + 1);
    // Bodies are capped as they arrive, before Next or a route can buffer them (body-limit.mjs); a
    // Server Action's is held until it has all arrived, and checked before Next decodes it.
    const held = mayBeServerAction(req, path) ? holdRequestBody(req, res) : null;
    if (!held && !limitRequestBody(req, res)) return undefined;
    // Next answers a malformed percent-escape in the path with a 500; to a reader it is a page that does not exist.
    if (!hasWellFormedPath(target)) req.url = '/_not-found';
    const image = path === '/_next/image' ? imageRequestRefusal(req.method ?? 'GET', search) : null;
    if (image) return answer(res, image.status, image.text, image.headers);
    if (path === '/_next/image') upstreamFailureAsBadGateway(res);
    if (req.method !== 'GET' && req.method !== 'HEAD' && isCrossSiteMutation(req.method, req.headers, ownOrigins(req, siteOrigin))) {
      return answer(res, 403, 'Forbidden: this request did not come from this site.');
    }
    if (!held) return handle(req, res);
    return held.then(async (body) => {
      if (!body || res.headersSent) return undefined;
      if (!(await isWellFormedActionBody(req.headers, body.body))) return answer(res, 400, 'Invalid Server Action request.');
      body.release();
      return handle(req, res);
    });
  };
}
