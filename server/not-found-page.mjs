// Next 16.4 answers a page's notFound() (an unknown slug, a page number past the end, an unknown
// sandbox donation) with an empty error shell, `<html id="__next_error__">`: no lang, no
// stylesheet, no quick-exit guard, and the 404 page itself only in the inline flight data, so
// without JavaScript the page is blank and the quick exit waits for hydration. (A minimal app with
// one `[slug]` page shows the same; vercel/next.js#95613.) The 404 Next serves for a path that
// matches no route is the real page, prerendered and revalidated with the site settings it shows,
// so the production server sends that one instead (csp.mjs), asked for over loopback so it comes
// through Next's cache as any other page does. Draft-mode requests keep Next's own answer: the
// editor's browser runs JavaScript, and only Next's render carries the preview bar.
import { isDraftRequest } from '../lib/security/draft-policy.mjs';

const ERROR_SHELL = Buffer.from('<html id="__next_error__">');
/** What Next serves for a path no route matches: the not-found page. */
export const NOT_FOUND_PATH = '/_not-found';

/** Whether an HTML body is Next's error shell rather than a rendered page. */
export function isErrorShell(/** @type {Buffer} */ body) {
  return body.subarray(0, 512).includes(ERROR_SHELL);
}

/**
 * The not-found page, fetched from the server itself once it listens: its body, or null for a
 * draft-mode request (isDraftRequest, as Next decides) or when it does not answer as a 404 page (the
 * caller then keeps Next's answer).
 * @param {() => import('node:net').AddressInfo | string | null} address the listening server's address
 * @param {string | undefined} draftModeId this build's preview-mode id
 * @returns {(req: import('node:http').IncomingMessage) => Promise<Buffer | null>}
 */
export function loopbackNotFoundPage(address, draftModeId) {
  return async (req) => {
    const at = address();
    if (isDraftRequest(req.headers.cookie, draftModeId) || !at || typeof at === 'string') return null;
    const host = at.address === '0.0.0.0' || at.address === '::' ? '127.0.0.1' : at.address.includes(':') ? `[${at.address}]` : at.address;
    const response = await fetch(`http://${host}:${at.port}${NOT_FOUND_PATH}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(5_000) });
    const body = Buffer.from(await response.arrayBuffer());
    const isPage = response.status === 404 && /^text\/html/i.test(response.headers.get('content-type') ?? '');
    return isPage && !isErrorShell(body) ? body : null;
  };
}
