// The site's header rules, in one place: next.config.ts sends the static ones (including HSTS and
// the base CSP) on every response; server/csp.mjs adds each HTML page's inline-script hashes to the
// CSP; draft mode's framing and cookie rules are in draft-policy.mjs. Plain ESM so the production
// server (server/) imports it without a build step: the Dockerfile copies lib/security into the image.
import { createHash } from 'node:crypto';
import { DRAFT_COOKIE } from './draft-policy.mjs';

export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/** Stripe Checkout is reached by a form post that redirects there, so form-action must allow it. */
export const FORM_ACTION_ORIGINS = ['https://checkout.stripe.com'];

const PERMISSIONS_DENIED = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/**
 * Headers that are the same on every response, set by next.config.ts `headers()` on everything Next
 * serves. HSTS goes out always: browsers ignore it over plain http (RFC 6797 §8.1), so there is no
 * flag to forget behind a TLS proxy. The CSP here is the base policy without hashes; server/csp.mjs
 * replaces it on HTML with one listing the page's inline scripts.
 * @returns {{ key: string, value: string }[]}
 */
export function staticSecurityHeaders() {
  return [
    { key: 'Strict-Transport-Security', value: HSTS_VALUE },
    { key: 'Content-Security-Policy', value: buildCsp() },
    // Nothing to any other origin (quick exit included), while same-origin form posts carry a real
    // Origin header: with no-referrer browsers send `Origin: null`, which Next's action check refuses.
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Legacy twin of frame-ancestors for browsers that ignore CSP.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: PERMISSIONS_DENIED.map((feature) => `${feature}=()`).join(', ') },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
    { key: 'X-DNS-Prefetch-Control', value: 'off' },
  ];
}

/**
 * The Content-Security-Policy directives, in order. Scripts run only from our origin or when their
 * exact text hashes to one of `scriptHashes`; no 'unsafe-inline' or 'unsafe-eval' for scripts.
 * The same policy over http and https: every source is 'self' (or a data:/blob: image), which on an
 * https page never matches plain http, so `upgrade-insecure-requests` would add nothing.
 * @param {CspHashes} [options]
 * @returns {[string, string[]][]}
 */
export function cspDirectives({ scriptHashes = [], styleHashes = [], styleAttrHashes = [] } = {}) {
  /** @type {[string, string[]][]} */
  const directives = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scriptHashes.map((h) => `'${h}'`)]],
    ['style-src', ["'self'", ...styleHashes.map((h) => `'${h}'`)]],
    // Our own markup has no style attributes; where one appears (Next's built-in global error page),
    // it is allowed only by its exact hash ('unsafe-hashes' lets a hash cover an attribute), never wholesale.
    ...(styleAttrHashes.length > 0 ? [/** @type {[string, string[]]} */ (['style-src-attr', ["'unsafe-hashes'", ...styleAttrHashes.map((h) => `'${h}'`)]])] : []),
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['media-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'self'", ...FORM_ACTION_ORIGINS]],
  ];
  return directives;
}

/**
 * @typedef {{ scriptHashes?: readonly string[], styleHashes?: readonly string[], styleAttrHashes?: readonly string[] }} CspHashes
 */

/**
 * @param {CspHashes} [options]
 * @returns {string}
 */
export function buildCsp(options) {
  return cspDirectives(options)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * Parses a CSP header back into directive → sources, for tests and the header scan.
 * @param {string} header
 */
export function parseCsp(header) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** @param {string} text */
export function sha256Source(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_RE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
const SRC_ATTR_RE = /(?:^|\s)src\s*=/i;
// A style attribute inside a start tag; the browser hashes its value after entity decoding.
const STYLE_ATTR_RE = /<[a-z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** @param {string} value */
function decodeAttribute(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
// Data blocks (JSON-LD, import maps aside) never execute, so they need no hash.
const DATA_TYPE_RE = /(?:^|\s)type\s*=\s*["']?application\/(?:ld\+)?json/i;

/**
 * The CSP hash sources of every inline script and style element in an HTML document, in order of
 * first appearance, without duplicates. Browsers hash the element's text exactly as written, which
 * is the source text between the tags because HTML does not decode entities inside script/style.
 * @param {string} html
 * @returns {{ scriptHashes: string[], styleHashes: string[], styleAttrHashes: string[] }}
 */
export function inlineHashes(html) {
  const scripts = new Set();
  for (const match of html.matchAll(SCRIPT_RE)) {
    const attrs = match[1] ?? '';
    const body = match[2] ?? '';
    if (SRC_ATTR_RE.test(attrs) || DATA_TYPE_RE.test(attrs) || body.length === 0) continue;
    scripts.add(sha256Source(body));
  }
  const styles = new Set();
  for (const match of html.matchAll(STYLE_RE)) {
    const body = match[2] ?? '';
    if (body.length > 0) styles.add(sha256Source(body));
  }
  const styleAttrs = new Set();
  for (const match of html.matchAll(STYLE_ATTR_RE)) {
    const value = decodeAttribute(match[1] ?? match[2] ?? '');
    if (value.length > 0) styleAttrs.add(sha256Source(value));
  }
  return { scriptHashes: [...scripts], styleHashes: [...styles], styleAttrHashes: [...styleAttrs] };
}

/**
 * Every cookie the site can set; the cookies page (CMS page `cookies`) lists exactly these. Draft
 * mode (editors only) is the one strictly necessary cookie.
 */
export const SITE_COOKIES = [DRAFT_COOKIE];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser request that would change state on our behalf from another site: refused before Next
 * sees it (403), for server actions and API routes alike. Browsers always send Sec-Fetch-Site;
 * a foreign Origin is refused too, and so is `Origin: null` from another site (a page that sets
 * no-referrer on itself, which Next's action check would let through). Requests with neither
 * (server-to-server callers such as signed webhooks) go through to the route, which authenticates
 * them itself.
 * @param {string | undefined} method
 * @param {{ origin?: string | string[], 'sec-fetch-site'?: string | string[] }} headers
 * @param {readonly string[]} allowedOrigins our own origin(s), scheme://host[:port]
 */
export function isCrossSiteMutation(method, headers, allowedOrigins) {
  if (SAFE_METHODS.has((method ?? 'GET').toUpperCase())) return false;
  const origin = typeof headers.origin === 'string' && headers.origin !== 'null' ? headers.origin : undefined;
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return !(origin && allowedOrigins.includes(origin));
  return origin !== undefined && !allowedOrigins.includes(origin);
}
