import { expect, test } from '@playwright/test';
import { expectCrossOriginRefused, expectNoInternals, expectPolicyHeaders, watchPage } from './security-helpers';
import { field, publishedNewsBySlug, publishedOfType } from '../support/seed';

const article = publishedNewsBySlug()[0]!;
const research = publishedOfType('researchSummary')[0]!;
const ask = publishedOfType('policyAsk')[0]!;

/** One of each page template, so every template's headers and requests are checked. */
const PAGES = [
  { name: 'home', path: '/', status: 200 },
  { name: 'news list', path: '/news', status: 200 },
  { name: 'news tag', path: `/news/tag/${article.tags[0]}`, status: 200 },
  { name: 'news article', path: `/news/${article.slug}`, status: 200 },
  { name: 'research list', path: '/research', status: 200 },
  { name: 'research summary', path: `/research/${field(research, 'slug')}`, status: 200 },
  { name: 'asks', path: '/asks', status: 200 },
  { name: 'ask', path: `/asks/${field(ask, 'slug')}`, status: 200 },
  { name: 'timeline', path: '/timeline', status: 200 },
  { name: 'content page', path: '/cover-your-tracks', status: 200 },
  { name: 'get involved', path: '/get-involved', status: 200 },
  { name: 'donate', path: '/donate', status: 200 },
  { name: 'unsubscribe', path: '/unsubscribe', status: 200 },
  { name: 'not found', path: '/this-page-does-not-exist', status: 404 },
];

for (const { name, path, status } of PAGES) {
  test(`${name}: exact policy headers, no CSP violations, no third-party requests`, async ({ page, baseURL }) => {
    const guard = watchPage(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expectPolicyHeaders(response!);
    await guard.expectClean();
  });
}

test('the violation watcher notices a page whose CSP lacks its hashes', async ({ page, baseURL }) => {
  // Proves the check above can fail: strip the hashes and the inline flight scripts are refused.
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    headers['content-security-policy'] = headers['content-security-policy']!.replace(/'sha256-[^']+'\s*/g, '');
    await route.fulfill({ response, headers });
  });
  const guard = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(guard.cspViolations.length).toBeGreaterThan(0);
});

test('client-side navigation stays on our origin without CSP violations', async ({ page, baseURL }) => {
  const guard = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/this-page-does-not-exist');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
  await guard.expectClean();
});

test('API routes, static assets and the 404 carry the policy headers', async ({ request, page }) => {
  await expectPolicyHeaders(await request.get('/api/health'));
  expect(await (await request.get('/api/health')).json()).toEqual({ status: 'ok' });
  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  await expectPolicyHeaders(await request.get(script!));
});

test('the 404 page shows no internals', async ({ request }) => {
  const response = await request.get('/no/such/page');
  expect(response.status()).toBe(404);
  const body = await response.text();
  expect(body).toContain('Page not found');
  expectNoInternals(body);
});

test('public pages set no cookies', async ({ request }) => {
  for (const path of ['/', '/no-such-page', '/api/health']) {
    const response = await request.get(path);
    expect(response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie'), path).toEqual([]);
  }
});

test('HEAD gets the page CSP and a 304 revalidation sends none', async ({ request }) => {
  const get = await request.get('/');
  const head = await request.head('/');
  expect(head.status()).toBe(200);
  expect(head.headers()['content-security-policy']).toBe(get.headers()['content-security-policy']);
  const etag = get.headers()['etag'];
  expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
  const revalidated = await request.get('/', { headers: { 'if-none-match': etag! } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()['content-security-policy']).toBeUndefined();
});

test('odd paths get a 404, never a 500', async ({ request }) => {
  const paths = [
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/package.json',
    '/_next/static/..%2f..%2f..%2fpackage.json',
    '/_next/..%2f.env',
    `/${'a'.repeat(3000)}`,
    `/${'ä'.repeat(400)}`,
    '/%E2%98%83',
    '/caf%C3%A9',
    '/%ff%fe',
    '/a%00b',
    '/api/..%2f..%2fpackage.json',
    '/api/health/..%2f..%2f..%2fpackage.json',
    '/🙂',
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain('"dependencies"');
  }
});

test('state-changing requests from another origin are refused with 403', async ({ request }) => {
  // The server's request guard refuses them before Next: server actions (Next-Action) and API routes alike.
  for (const [path, extra] of [
    ['/', { 'next-action': '00'.repeat(21) }],
    ['/api/health', {}],
  ] as const) {
    await expectCrossOriginRefused(request, path, extra);
  }
});

test('a same-origin form post without JavaScript carries our real Origin', async ({ page, baseURL }) => {
  // Referrer-Policy same-origin: Chromium sends the page's origin, not `Origin: null` (as with no-referrer).
  await page.goto('/');
  const origins: (string | undefined)[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') origins.push(r.headers()['origin']);
  });
  const response = page.waitForResponse((r) => r.request().method() === 'POST');
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/api/health';
    document.body.append(form);
    form.submit();
  });
  expect((await response).status()).toBe(405);
  expect(origins).toEqual([new URL(baseURL!).origin]);
});
