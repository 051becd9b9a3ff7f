import { expect, test } from '@playwright/test';
import { field, publishedNewsBySlug, publishedOfType, seed } from '../support/seed';
import { E2E_ENV } from './env';

const news = publishedNewsBySlug();
const site = E2E_ENV.SITE_URL;
const settings = seed.entries.find((e) => e.sys.contentType.sys.id === 'siteSettings')!;

async function jsonLd(page: import('@playwright/test').Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
}

test('an article has its metadata, structured data, share links and neighbours', async ({ page, request }) => {
  const index = 1;
  const article = news[index]!;
  await page.goto(`/news/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.locator('article time').first()).toHaveAttribute('datetime', article.date);

  await expect(page).toHaveTitle(`${article.title} | ${field(settings, 'campaignName')}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}/news/${article.slug}`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toContain(`${site}/news/${article.slug}/opengraph-image`);
  const image = await request.get(new URL(ogImage!).pathname + new URL(ogImage!).search);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');

  const [ld] = await jsonLd(page);
  expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: article.title, datePublished: article.date });

  const share = page.getByRole('region', { name: 'Share this article' });
  const links = share.getByRole('link');
  await expect(links).toHaveCount(5);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    expect(await link.getAttribute('href')).toContain(encodeURIComponent(`${site}/news/${article.slug}`));
  }

  const more = page.getByRole('navigation', { name: 'More news' });
  await expect(more.getByRole('link', { name: news[index + 1]!.title })).toHaveAttribute('href', `/news/${news[index + 1]!.slug}`);
  await expect(more.getByRole('link', { name: news[index - 1]!.title })).toHaveAttribute('href', `/news/${news[index - 1]!.slug}`);
});

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true });

  test('the hero image is the largest contentful paint, even under the longest headline', async ({ page }) => {
    const longest = [...news].sort((a, b) => b.title.length - a.title.length)[0]!;
    await page.goto(`/news/${longest.slug}`);
    const hero = page.locator('article img').first();
    await expect(hero).toHaveJSProperty('complete', true);
    // A loaded image becomes an LCP entry when it is painted: let two frames pass.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const lcp = await page.evaluate(
      () =>
        new Promise<{ tag: string; alt: string | null }>((resolve) => {
          new PerformanceObserver((list) => {
            const last = list.getEntries().at(-1) as PerformanceEntry & { element: Element | null };
            resolve({ tag: last.element?.tagName ?? '', alt: last.element?.getAttribute('alt') ?? null });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    expect(lcp).toEqual({ tag: 'IMG', alt: await hero.getAttribute('alt') });
  });
});

test('copy link uses the clipboard, and falls back to a selectable field', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/news/${news[0]!.slug}`);
  await page.getByRole('button', { name: 'Copy link to this article' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/news/${news[0]!.slug}`);

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
  });
  await page.getByRole('button', { name: 'Copy link to this article' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this article' });
  await expect(field).toHaveValue(`${site}/news/${news[0]!.slug}`);
  await expect(field).toHaveAttribute('readonly', '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the article link is offered in a read-only field', async ({ page }) => {
    await page.goto(`/news/${news[0]!.slug}`);
    await expect(page.getByRole('textbox', { name: 'Link to this article' })).toHaveValue(`${site}/news/${news[0]!.slug}`);
    await expect(page.getByRole('button', { name: 'Copy link to this article' })).toHaveCount(0);
  });
});

test('home shows the call to action, stats, asks, latest three news and the organisation', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Sign up for campaign updates' })).toHaveAttribute('href', '#signup');
  await expect(main.getByRole('link', { name: 'Donate to the campaign' })).toHaveAttribute('href', '/donate');
  await expect(page.locator('section#signup').getByRole('button', { name: 'Subscribe' })).toBeVisible();
  const latest = await page.getByRole('region', { name: 'Latest news' }).locator('h3 a').allTextContents();
  expect(latest).toEqual(news.slice(0, 3).map((n) => n.title));
  const asks = await page.getByRole('region', { name: 'What we are asking for' }).locator('h3 a').allTextContents();
  expect(asks.sort()).toEqual(publishedOfType('policyAsk').map((a) => field(a, 'title')).sort());
  const ld = await jsonLd(page);
  expect(ld).toContainEqual(expect.objectContaining({ '@type': 'Organization', name: field(settings, 'campaignName') }));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^${site}/?$`));
});

test('research offers the report download with type and size, and a citation', async ({ page }) => {
  const withAsset = publishedOfType('researchSummary').find((r) => r.fields.reportAsset)!;
  await page.goto(`/research/${field(withAsset, 'slug')}`);
  const download = page.getByRole('link', { name: /Download the full report/ });
  await expect(download).toContainText(/\(PDF, [\d.]+ KB\)/);
  expect((await page.request.get((await download.getAttribute('href'))!)).status()).toBe(200);
  await expect(page.getByText(field(withAsset, 'citation'))).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key findings' })).toBeVisible();
  await expect(page.locator('main ul li').first()).toHaveText(field<string[]>(withAsset, 'keyFindings')[0]!);
});

test('timeline is an ordered list in date order', async ({ page }) => {
  await page.goto('/timeline');
  const dates = await page.locator('main ol > li time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates).toHaveLength(publishedOfType('timelineEvent').length);
  expect(dates).toEqual([...dates].sort());
});
