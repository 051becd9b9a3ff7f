import { createHash } from 'node:crypto';
import { expect, type APIRequestContext, type APIResponse, type Page, type Response } from '@playwright/test';

/**
 * Reusable checks for the security policy (issue 9). Call them from any page spec:
 *
 *   const guard = watchPage(page);
 *   const response = await page.goto('/news');
 *   await expectPolicyHeaders(response!);
 *   await guard.expectClean();
 */

/** The CSP every response carries over plain http, directive by directive, script and style hashes aside. */
export const EXPECTED_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'", 'https://checkout.stripe.com'],
};

export const EXPECTED_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb'];

function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Hashes of the inline scripts as the browser computes them, written independently of the front. */
function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/i.test(` ${attrs}`) || /application\/(ld\+)?json/i.test(attrs) || body === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** Hashes of inline <style> elements (the page's stylesheet, inlined by next.config.ts), written independently too. */
function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (body !== '') hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** Hashes of style attribute values (next/image sets one on each image), again written independently. */
function styleAttributeHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, value = ''] of html.matchAll(/\sstyle="([^"]*)"/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(value.replaceAll('&quot;', '"').replaceAll('&amp;', '&'), 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * Asserts the exact policy headers of a response: each static header (HSTS included: browsers
 * ignore it over plain http), Permissions-Policy denials, no X-Powered-By, and the CSP directive by directive. For an HTML page
 * script-src must be exactly 'self' plus the hash of each inline script in that page, and style-src
 * 'self' plus the hash of each inline style element.
 */
export async function expectPolicyHeaders(response: Response | APIResponse) {
  const headers = await ('allHeaders' in response ? response.allHeaders() : Promise.resolve(response.headers()));
  for (const [name, value] of Object.entries(EXPECTED_HEADERS)) expect(headers[name], name).toBe(value);
  for (const feature of DENIED_FEATURES) expect(headers['permissions-policy']).toContain(`${feature}=()`);
  expect(headers['x-powered-by']).toBeUndefined();

  const csp = parseCsp(headers['content-security-policy'] ?? '');
  const isHtml = (headers['content-type'] ?? '').startsWith('text/html');
  const html = isHtml ? await response.text() : '';
  const scriptSrc = ["'self'", ...inlineScriptHashes(html)];
  const styleAttrs = styleAttributeHashes(html);
  expect(Object.fromEntries(csp)).toEqual({
    ...EXPECTED_CSP,
    'script-src': scriptSrc,
    'style-src': ["'self'", ...inlineStyleHashes(html)],
    ...(styleAttrs.length > 0 ? { 'style-src-attr': ["'unsafe-hashes'", ...styleAttrs] } : {}),
  });
  if (isHtml) expect(scriptSrc.length, 'a Next page has inline flight scripts to hash').toBeGreaterThan(1);
  expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
}

export interface PageGuard {
  cspViolations: string[];
  foreignRequests: string[];
  /** Waits for the page to settle, then asserts zero CSP violations and zero third-party requests. */
  expectClean(): Promise<void>;
}

/**
 * Records, from before the first navigation, every CSP violation the browser reports (console and
 * `securitypolicyviolation` events) and every request whose origin is not the site's own.
 */
export function watchPage(page: Page, siteOrigin?: string): PageGuard {
  const guard: PageGuard = {
    cspViolations: [],
    foreignRequests: [],
    async expectClean() {
      await page.waitForLoadState('networkidle');
      const fromEvents = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      expect([...guard.cspViolations, ...fromEvents], 'CSP violations').toEqual([]);
      expect(guard.foreignRequests, 'requests to other origins').toEqual([]);
    },
  };
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) guard.cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    const own = siteOrigin ?? new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin;
    if (url.origin !== own) guard.foreignRequests.push(request.url());
  });
  void page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return guard;
}

/** A friendly error page: no stack frames, file paths, digests or internal ids. */
export function expectNoInternals(body: string) {
  expect(body).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.next\/server|webpack-internal|turbopack:\/\/|digest|Error: /i);
}

/** A POST from another site (as a browser would send it) to `path` must get 403 and change nothing. */
export async function expectCrossOriginRefused(request: APIRequestContext, path: string, headers: Record<string, string> = {}, data = '{}') {
  const forgeries: Record<string, string>[] = [
    { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    { origin: 'null', 'sec-fetch-site': 'cross-site' },
    { origin: 'https://evil.example' },
  ];
  for (const forged of forgeries) {
    const response = await request.post(path, { headers: { 'content-type': 'application/json', ...headers, ...forged }, data, maxRedirects: 0 });
    expect(response.status(), `${path} ${JSON.stringify(forged)}`).toBe(403);
  }
}
