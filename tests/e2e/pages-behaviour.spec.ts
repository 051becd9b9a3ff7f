import { expect, test, type Page } from '@playwright/test';
import { draftNews, field, publishedNewsBySlug, publishedOfType } from '../support/seed';
import { E2E_ENV } from './env';

const PAGE_SIZE = 10;
const news = publishedNewsBySlug();
const site = E2E_ENV.SITE_URL;

async function listedTitles(page: Page) {
  return page.locator('main ol > li h2 a').allTextContents();
}

/** Parses XML in the browser, so a malformed document fails the test rather than a regex passing it. */
async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    return { error: error?.textContent ?? null, root: doc.documentElement.nodeName, doc: text };
  }, xml);
}

test('news is paginated newest first with numbered pages; page 1 and out-of-range pages behave', async ({ page }) => {
  const pageCount = Math.ceil(news.length / PAGE_SIZE);
  expect(pageCount, 'the seed must fill more than one page to test pagination').toBeGreaterThan(1);

  await page.goto('/news');
  expect(await listedTitles(page)).toEqual(news.slice(0, PAGE_SIZE).map((n) => n.title));
  const pager = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pager.locator('[aria-current="page"]')).toHaveText('Page 1');
  await pager.getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/\/news\/page\/2$/);
  expect(await listedTitles(page)).toEqual(news.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((n) => n.title));
  await expect(pager.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/news');

  await page.goto('/news/page/1');
  await expect(page).toHaveURL(/\/news$/);
  expect((await page.request.get(`/news/page/${pageCount + 1}`)).status()).toBe(404);
  expect((await page.request.get('/news/page/abc')).status()).toBe(404);
});

test('the tag filter lists exactly the articles with that tag', async ({ page }) => {
  const counts = new Map<string, number>();
  for (const n of news) for (const t of n.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  const [tag] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const expected = news.filter((n) => n.tags.includes(tag)).slice(0, PAGE_SIZE).map((n) => n.title);

  await page.goto('/news');
  await page.getByRole('navigation', { name: 'Filter news by tag' }).getByRole('link', { name: `News tagged ${tag.replace(/-(?!\d)/g, ' ')}` }).click();
  await expect(page).toHaveURL(new RegExp(`/news/tag/${tag}$`));
  expect(await listedTitles(page)).toEqual(expected);
  await expect(page.getByRole('navigation', { name: 'Filter news by tag' }).locator('[aria-current="page"]')).toHaveCount(1);
  expect((await page.request.get('/news/tag/no-such-tag')).status()).toBe(404);
});

test('unknown slugs get a real 404 with a way home', async ({ page }) => {
  for (const path of ['/news/no-such-article', '/research/no-such-report', '/asks/no-such-ask', '/no-such-page']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  }
});

// Next sends a page's notFound() as an empty shell that only script fills in; the production server
// sends the real 404 page instead (server/not-found-page.mjs), so it reads, and exits, without script.
test('a 404 from a page is the whole page, quick exit included, before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/news/no-such-article', '/no-such-page', `/news/page/${Math.ceil(news.length / PAGE_SIZE) + 1}`, '/act/no-such-action']) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page not found');
    await expect(page.locator('head > link[rel="stylesheet"]'), path).toHaveCount(1);
    await expect(page.locator('head > script#quick-exit-guard'), path).toHaveCount(1);
    await expect(page.getByRole('complementary', { name: 'Quick exit' }).getByRole('link', { name: 'Exit this site' }), path).toBeVisible();
  }
  await context.close();
});

test('the RSS feed is well-formed RSS 2.0 with an absolute link for every published article', async ({ page, request }) => {
  const response = await request.get('/news/rss.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  await page.goto('/news');
  const parsed = await parseXml(page, await response.text());
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('rss');
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      version: doc.documentElement.getAttribute('version'),
      links: [...doc.querySelectorAll('channel > item > link')].map((l) => l.textContent ?? ''),
      dates: [...doc.querySelectorAll('channel > item > pubDate')].map((d) => d.textContent ?? ''),
    };
  }, parsed.doc);
  expect(items.version).toBe('2.0');
  expect(items.links).toEqual(news.map((n) => `${site}/news/${n.slug}`));
  for (const date of items.dates) expect(Number.isNaN(Date.parse(date)), date).toBe(false);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${site}/news/rss.xml`);
});

test('sitemap lists every seeded public slug with lastmod, and robots points at it', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  await page.goto('/timeline');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      urls: [...doc.querySelectorAll('url')].map((u) => ({ loc: u.querySelector('loc')?.textContent ?? '', lastmod: u.querySelector('lastmod')?.textContent ?? null })),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  const locs = parsed.urls.map((u) => u.loc);
  const expected = [
    '/',
    '/news',
    '/research',
    '/asks',
    '/timeline',
    ...news.map((n) => `/news/${n.slug}`),
    ...publishedOfType('researchSummary').map((e) => `/research/${field(e, 'slug')}`),
    ...publishedOfType('policyAsk').map((e) => `/asks/${field(e, 'slug')}`),
    ...publishedOfType('page').map((e) => `/${field(e, 'slug')}`),
  ].map((p) => new URL(p, site).toString());
  for (const url of expected) expect(locs, url).toContain(url);
  for (const draft of draftNews()) expect(locs.join('\n')).not.toContain(`/news/${field(draft, 'slug')}`);
  const articleEntry = parsed.urls.find((u) => u.loc.endsWith(`/news/${news[0]!.slug}`));
  expect(articleEntry?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}/);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`);
});

test.describe('on a phone, below-the-fold blocks are rendered only when needed', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** True while the element sits in a skipped content-visibility subtree, i.e. not yet laid out or painted. */
  const skipped = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => !el.checkVisibility({ contentVisibilityAuto: true }));

  test('later sections and the footer wait, the first screen does not, and #signup still lands on the form', async ({ page }) => {
    const timeline = 'section[aria-labelledby="timeline-heading"] h2';
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await skipped(page, 'main h1')).toBe(false);
    expect(await skipped(page, timeline)).toBe(true);
    expect(await skipped(page, 'body > footer h2')).toBe(true);

    await page.getByRole('link', { name: 'Sign up for campaign updates' }).click();
    await expect(page).toHaveURL(/#signup$/);
    await expect(page.locator('#signup').getByLabel('Email address')).toBeInViewport();

    await page.locator('body > footer').scrollIntoViewIfNeeded();
    await expect.poll(() => skipped(page, 'body > footer h2')).toBe(false);
    await page.locator(timeline).scrollIntoViewIfNeeded();
    await expect.poll(() => skipped(page, timeline)).toBe(false);
  });
});
