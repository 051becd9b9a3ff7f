import { expect, test, type Page } from '@playwright/test';
import { field, publishedNewsBySlug, publishedOfType } from '../support/seed';
import { expectNoAxeViolations } from './fixtures';

const news = publishedNewsBySlug();
const research = publishedOfType('researchSummary');
const asks = publishedOfType('policyAsk');
const pages = publishedOfType('page');

/** One URL per page template; the 404 page counts as a template too. */
const TEMPLATES: { name: string; path: string; status?: number }[] = [
  { name: 'home', path: '/' },
  { name: 'news list', path: '/news' },
  { name: 'news list page 2', path: '/news/page/2' },
  { name: 'news tag', path: `/news/tag/${news[0]!.tags[0]}` },
  { name: 'news article', path: `/news/${news.at(-1)!.slug}` },
  { name: 'research list', path: '/research' },
  { name: 'research summary', path: `/research/${field(research[0]!, 'slug')}` },
  { name: 'asks list', path: '/asks' },
  { name: 'policy ask', path: `/asks/${field(asks[0]!, 'slug')}` },
  { name: 'timeline', path: '/timeline' },
  { name: 'content page', path: `/${field(pages.find((p) => field(p, 'slug') === 'cover-your-tracks') ?? pages[0]!, 'slug')}` },
  { name: 'not found', path: '/no-such-page-here', status: 404 },
];

async function checkOutline(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  const levels = await page.locator('main h1, main h2, main h3, main h4, main h5, main h6').evaluateAll((els) =>
    els.map((el) => Number(el.tagName.slice(1))),
  );
  levels.forEach((level, i) => {
    if (i > 0) expect(level - levels[i - 1]!, `heading order ${levels.join(',')}`).toBeLessThanOrEqual(1);
  });
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// Two full axe passes per template; generous because the shared CI box runs several builds at once.
test.describe.configure({ timeout: 120_000 });

for (const template of TEMPLATES) {
  test(`${template.name} template: status, outline, axe at 375 and 1280 px, no sideways scroll at 320 px`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:')) foreign.push(req.url());
    });

    await page.setViewportSize({ width: 375, height: 800 });
    const response = await page.goto(template.path);
    expect(response?.status()).toBe(template.status ?? 200);
    await checkOutline(page);
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    expect(foreign).toEqual([]);
  });
}
