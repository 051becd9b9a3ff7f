// Header and cookie rules for draft mode (editors only), so Contentful's Live Preview can show a
// draft page in its editor. Readers' responses never pass through these: see ARCHITECTURE.md,
// "Live Preview". Plain ESM, used by the request front without a build step.

/**
 * Next's draft-mode cookie; its value is the build's preview-mode id. The one definition of its
 * name: Next sets it (app/api/draft, draftMode().enable()), this module gives it its attributes,
 * and policy.mjs lists it among the site's cookies.
 */
export const DRAFT_COOKIE = '__prerender_bypass';

/** The attributes the draft cookie always carries, on enable and on exit (draftSetCookie). */
export const DRAFT_COOKIE_ATTRIBUTES = Object.freeze(['HttpOnly', 'Secure', 'SameSite=None', 'Partitioned']);

/** The Contentful web app; EU data-residency spaces use https://app.eu.contentful.com. */
export const DEFAULT_CONTENTFUL_APP_ORIGIN = 'https://app.contentful.com';

/**
 * The origin allowed to frame draft pages, from CONTENTFUL_APP_ORIGIN (lib/env.ts validates the
 * same rule at start-up). Anything that is not a bare http(s) origin is refused.
 * @param {string | undefined} value
 */
export function contentfulAppOrigin(value) {
  const origin = value?.trim() || DEFAULT_CONTENTFUL_APP_ORIGIN;
  if (!URL.canParse(origin) || new URL(origin).origin !== origin || !/^https?:$/.test(new URL(origin).protocol)) {
    throw new Error(`CONTENTFUL_APP_ORIGIN must be an origin such as ${DEFAULT_CONTENTFUL_APP_ORIGIN}, got ${JSON.stringify(value)}`);
  }
  return origin;
}

/**
 * True when the request carries Next's draft cookie with this build's preview-mode id: the same
 * test Next applies before it renders drafts, so a made-up cookie gets a reader's headers.
 * @param {string | string[] | undefined} cookieHeader
 * @param {string | undefined} draftModeId
 */
export function isDraftRequest(cookieHeader, draftModeId) {
  if (!draftModeId || typeof cookieHeader !== 'string') return false;
  return cookieHeader.split(';').some((pair) => {
    const eq = pair.indexOf('=');
    return eq > 0 && pair.slice(0, eq).trim() === DRAFT_COOKIE && pair.slice(eq + 1).trim() === draftModeId;
  });
}

const attributeName = (/** @type {string} */ part) => part.split('=')[0]?.trim().toLowerCase() ?? '';
const ATTRIBUTES_WE_SET = new Set(DRAFT_COOKIE_ATTRIBUTES.map(attributeName));

/**
 * The draft cookie as Live Preview needs it: Contentful shows the page in a cross-site iframe, and
 * a browser sends a cookie there only if it is `SameSite=None; Secure`. `Partitioned` (CHIPS) keeps
 * it in a jar keyed by the top-level site, so browsers that block third-party cookies still send it
 * inside the editor, and no other site that frames us could ever see it. Clearing it (exit preview)
 * must carry the same attributes, or the partitioned copy would stay.
 * @param {string} cookie one Set-Cookie value for DRAFT_COOKIE
 */
export function draftSetCookie(cookie) {
  const [pair = '', ...attributes] = cookie.split(';').map((part) => part.trim());
  const kept = attributes.filter((part) => part && !ATTRIBUTES_WE_SET.has(attributeName(part)));
  return [pair, ...kept, ...DRAFT_COOKIE_ATTRIBUTES].join('; ');
}

/**
 * A CSP header with its frame-ancestors sources replaced; every other directive stays as it is.
 * @param {string} csp
 * @param {string} origin
 */
export function withFrameAncestors(csp, origin) {
  const parts = csp.split(';').map((part) => part.trim()).filter(Boolean);
  const others = parts.filter((part) => part.split(/\s+/)[0]?.toLowerCase() !== 'frame-ancestors');
  return [...others, `frame-ancestors ${origin}`].join('; ');
}

/**
 * The outermost step of the production server: it sees each response's headers last, just before
 * they are sent, whichever step or Next set them.
 * - Every Set-Cookie of the draft cookie (enable and exit) gets draftSetCookie's attributes.
 * - On an editor's request (isDraftRequest), the CSP's frame-ancestors becomes the Contentful web
 *   app's origin and X-Frame-Options goes, which cannot name an origin (ALLOW-FROM is obsolete).
 * Readers' responses keep `frame-ancestors 'none'` and `X-Frame-Options: DENY`.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown} handle
 * @param {{ draftModeId: string | undefined, appOrigin: string }} options
 */
export function withDraftFraming(handle, { draftModeId, appOrigin }) {
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  return function draftFraming(req, res) {
    const draft = isDraftRequest(req.headers.cookie, draftModeId);
    const writeHead = res.writeHead;
    /** @type {any} */ (res).writeHead = function patchedWriteHead(/** @type {number} */ status, /** @type {any[]} */ ...rest) {
      const reason = typeof rest[0] === 'string' ? rest.shift() : undefined;
      const headers = rest[0];
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      } else if (headers) {
        for (const [key, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(key, value);
      }
      const cookies = res.getHeader('set-cookie');
      if (cookies !== undefined) {
        const list = Array.isArray(cookies) ? cookies : [String(cookies)];
        res.setHeader('set-cookie', list.map((c) => (c.split('=')[0]?.trim() === DRAFT_COOKIE ? draftSetCookie(c) : c)));
      }
      if (draft) {
        res.removeHeader('x-frame-options');
        const csp = res.getHeader('content-security-policy');
        if (csp !== undefined) res.setHeader('content-security-policy', withFrameAncestors(String(csp), appOrigin));
      }
      return reason === undefined ? writeHead.call(res, status) : writeHead.call(res, status, reason);
    };
    return handle(req, res);
  };
}
