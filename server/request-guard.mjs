// What the production server checks before Next sees a request: a malformed path is a 404, and a
// state-changing request from another site is refused. Cheap on purpose: a GET with a plain path
// costs two comparisons.
import { limitRequestBody } from '../lib/security/body-limit.mjs';
import { stampClientAddress } from '../lib/security/client-address.mjs';
import { isCrossSiteMutation, staticSecurityHeaders } from '../lib/security/policy.mjs';

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

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  return function guard(req, res) {
    stampClientAddress(req, hops);
    // Bodies are capped as they arrive, before Next or a route can buffer them (body-limit.mjs).
    if (!limitRequestBody(req, res)) return undefined;
    // Next answers a malformed percent-escape in the path with a 500; to a reader it is a page that does not exist.
    if (!hasWellFormedPath(req.url ?? '/')) req.url = '/_not-found';
    if (req.method !== 'GET' && req.method !== 'HEAD' && isCrossSiteMutation(req.method, req.headers, ownOrigins(req, siteOrigin))) {
      for (const { key, value } of refusalHeaders) res.setHeader(key, value);
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Forbidden: this request did not come from this site.');
      return undefined;
    }
    return handle(req, res);
  };
}
