import { expect, test } from '@playwright/test';
import { SITE_COOKIES } from '@/lib/security/policy.mjs';
import { E2E_ENV } from './env';
import { expectPolicyHeaders, watchPage } from './security-helpers';
import { startImage, startTlsProxy, type ImageServer } from '../support/image-server';
import { observatoryScore } from '../support/observatory';
import { publishedNewsBySlug } from '../support/seed';

/**
 * What ships is what is tested: the build laid out in a fresh folder exactly as the Dockerfile's
 * COPY lines do, started exactly as its CMD, behind a TLS proxy with default settings (no
 * TRUST_PROXY), then checked as a header scanner and a reader without JavaScript would.
 */
const IMAGE_PORT = Number(process.env.E2E_PORT ?? 3100) + 30;
const TLS_PORT = IMAGE_PORT + 1;
const article = publishedNewsBySlug()[0]!;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let image: ImageServer;
let tls: { url: string; stop(): Promise<void> };
test.beforeAll(async () => {
  test.setTimeout(150_000);
  image = await startImage(IMAGE_PORT, { ...E2E_ENV, LOG_LEVEL: 'warn' });
  tls = await startTlsProxy(TLS_PORT, IMAGE_PORT);
});
test.afterAll(async () => {
  await tls?.stop();
  await image?.stop();
});

test.use({ ignoreHTTPSErrors: true });

test('over https: exact CSP with hashes, HSTS and every static header on pages, API, assets and 404s', async ({ request }) => {
  const home = await request.get(`${tls.url}/`);
  const chunk = (await home.text()).match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(chunk).toBeDefined();
  for (const path of ['/', `/news/${article.slug}`, '/donate', '/get-involved', '/this-page-does-not-exist', '/api/health', chunk!]) {
    const response = await request.get(`${tls.url}${path}`);
    expect(response.status(), path).toBe(path === '/this-page-does-not-exist' ? 404 : 200);
    await expectPolicyHeaders(response);
    expect(response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie'), `${path} sets no cookie`).toEqual([]);
  }
});

test('over https with default settings, the headers score A+ by the HTTP Observatory rules', async ({ request }) => {
  const home = await request.get(`${tls.url}/`);
  const result = observatoryScore(home.headers(), await home.text(), tls.url);
  console.log(`Observatory-style header score over https: ${result.score} (${result.grade}) ${JSON.stringify(result.modifiers)}`);
  expect(result.modifiers['hsts-implemented-max-age-at-least-six-months']).toBe(0);
  expect(result.modifiers['csp-implemented-with-no-unsafe']).toBe(5);
  expect(result.grade).toBe('A+');
});

test('in Chromium over https: pages load with no CSP violations, no other origins and no cookies', async ({ page, context }) => {
  for (const path of ['/', `/news/${article.slug}`, '/donate']) {
    const guard = watchPage(page, tls.url);
    const response = await page.goto(`${tls.url}${path}`);
    expect(response?.status()).toBe(200);
    await guard.expectClean();
  }
  expect((await context.cookies()).map((c) => c.name).filter((name) => !SITE_COOKIES.includes(name))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('started with other content or site settings than its build saw, a public site refuses to start and names them', async () => {
  const publicSite = { ...E2E_ENV, SITE_URL: 'https://fixthecms.example', HASH_SALT: 's'.repeat(32), CONTENTFUL_PREVIEW_SECRET: 'p'.repeat(32), CONTENTFUL_WEBHOOK_SECRET: 'w'.repeat(32) };
  const started = Date.now();
  await expect(startImage(IMAGE_PORT + 2, { ...publicSite, REPRESENTATIVES_SOURCE: 'parliament' })).rejects.toThrow(
    /Refusing to start: this build does not match[\s\S]*SITE_URL is "https:\/\/fixthecms.example"[\s\S]*REPRESENTATIVES_SOURCE is "parliament" but the build prerendered its pages with "sandbox"/,
  );
  // It exits (startImage gives up at once when the process ends), rather than serving 500s until
  // startImage's 90 s deadline as a failed instrumentation hook would.
  expect(Date.now() - started).toBeLessThan(60_000);
});

test.describe('without JavaScript, over https', () => {
  test.use({ javaScriptEnabled: false });

  test('a newsletter sign-up succeeds', async ({ page }) => {
    await page.goto(`${tls.url}/get-involved`);
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Subscribe' }) }).first();
    await form.getByLabel('Email address').fill(`image-${Date.now()}@example.com`);
    await form.getByRole('checkbox').check();
    // The form refuses submissions quicker than a person could type (lib/newsletter).
    await page.waitForTimeout(3_500);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('heading', { name: 'Check your inbox' }).first()).toBeVisible({ timeout: 60_000 });
  });

  test('a donation reaches the sandbox checkout and is paid', async ({ page }) => {
    await page.goto(`${tls.url}/donate`);
    const main = page.getByRole('main');
    await main.getByLabel('Other amount', { exact: true }).check();
    await main.getByLabel('Other amount, in pounds').fill('15');
    await main.getByLabel('Once', { exact: true }).check();
    await main.getByLabel('No Gift Aid').check();
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await expect(page).toHaveURL(/\/donate\/sandbox\/don_[A-Za-z0-9_-]+$/, { timeout: 60_000 });
    await page.getByRole('button', { name: /^Pay .* \(test\)$/ }).click();
    await expect(page.getByTestId('donation-status')).toHaveText('Payment received', { timeout: 60_000 });
  });
});
