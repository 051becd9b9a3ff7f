import { expect, test, type APIRequestContext } from '@playwright/test';
import { changedEntries, draftNews, field, publishedOfType, snapshots } from '../support/seed';
import { E2E_ENV } from './env';
import { expectNoAxeViolations } from './fixtures';

/** The draft route against the local seed space (the Playwright web server). */
const SECRET = E2E_ENV.CONTENTFUL_PREVIEW_SECRET;
const draft = draftNews()[0]!;
const stat = publishedOfType('campaignStat')[0]!;

function draftUrl(params: Record<string, string>) {
  return `/api/draft?${new URLSearchParams(params)}`;
}

async function get(request: APIRequestContext, params: Record<string, string>) {
  return request.get(draftUrl(params), { maxRedirects: 0 });
}

test('a wrong or missing secret is refused with the same answer', async ({ request }) => {
  const target = { type: 'newsArticle', slug: field(draft, 'slug') };
  const answers = await Promise.all([
    get(request, target),
    get(request, { ...target, secret: '' }),
    get(request, { ...target, secret: 'wrong' }),
    get(request, { ...target, secret: `${SECRET}x` }),
    get(request, { ...target, secret: SECRET.slice(0, -1) }),
  ]);
  const bodies = await Promise.all(answers.map((r) => r.text()));
  for (const answer of answers) {
    expect(answer.status()).toBe(401);
    expect(answer.headers()['set-cookie']).toBeUndefined();
    expect(answer.headers().location).toBeUndefined();
  }
  expect(new Set(bodies).size).toBe(1);
});

test('a draft article is found through the Preview API and the editor is sent to its path', async ({ request }) => {
  const answer = await get(request, { secret: SECRET, type: 'newsArticle', slug: field(draft, 'slug') });
  expect(answer.status()).toBe(307);
  expect(answer.headers().location).toBe(`/news/${field(draft, 'slug')}`);
  expect(answer.headers()['set-cookie']).toMatch(/__prerender_bypass=[^;]+;.*HttpOnly/i);
  expect(answer.headers()['cache-control']).toBe('no-store');
});

test('entries without a page of their own open the page that shows them', async ({ request }) => {
  const answer = await get(request, { secret: SECRET, type: 'campaignStat', id: stat.sys.id });
  expect(answer.status()).toBe(307);
  expect(answer.headers().location).toBe('/');
});

test('unknown entries and types are 404 and enable nothing', async ({ request }) => {
  const cases: Record<string, string>[] = [
    { type: 'newsArticle', slug: 'no-such-article' },
    { type: 'campaignStat', id: 'no-such-stat' },
    { type: 'newsArticle' },
    { type: 'user', slug: field(draft, 'slug') },
    { slug: field(draft, 'slug') },
  ];
  for (const params of cases) {
    const answer = await get(request, { secret: SECRET, ...params });
    expect(answer.status(), JSON.stringify(params)).toBe(404);
    expect(answer.headers()['set-cookie']).toBeUndefined();
  }
});

test('open-redirect attempts are refused', async ({ request }) => {
  const evil = ['//evil.example', 'https://evil.example', '/\\evil.example', '\\\\evil.example', '/news/../..//evil.example'];
  for (const target of evil) {
    const cases: Record<string, string>[] = [
      { type: 'newsArticle', slug: target },
      { type: 'page', slug: target },
      { type: 'campaignStat', id: target },
      { type: 'newsArticle', slug: field(draft, 'slug'), redirect: target, path: target, next: target },
    ];
    for (const params of cases) {
      const answer = await get(request, { secret: SECRET, ...params });
      const location = answer.headers().location;
      if (location !== undefined) expect(location).toBe(`/news/${field(draft, 'slug')}`);
      else expect(answer.status()).toBe(404);
    }
  }
});

test('the preview bar shows on every page in draft mode, is accessible, and exits', async ({ page }) => {
  // Several navigations plus an axe run: slow on a busy two-core machine.
  test.slow();
  await page.goto('/');
  const bar = page.getByRole('complementary', { name: 'Preview mode' });
  await expect(bar).toHaveCount(0);

  await page.goto(draftUrl({ secret: SECRET, type: 'campaignStat', id: stat.sys.id }));
  await expect(page).toHaveURL('/');
  await expect(bar).toContainText('Preview — not live');
  await expectNoAxeViolations(page);
  await page.goto('/no-such-page');
  await expect(bar).toBeVisible();

  await bar.getByRole('link', { name: 'Exit preview' }).click();
  await expect(page).toHaveURL('/');
  await expect(bar).toHaveCount(0);
});

test('a seeded draft article 404s for readers and renders with the preview bar in draft mode', async ({ page, browser }) => {
  test.slow();
  const path = `/news/${field(draft, 'slug')}`;
  const live = await page.goto(path);
  expect(live?.status()).toBe(404);

  await page.goto(draftUrl({ secret: SECRET, type: 'newsArticle', slug: field(draft, 'slug') }));
  await expect(page).toHaveURL(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(field(draft, 'title'));
  await expect(page.getByRole('complementary', { name: 'Preview mode' })).toContainText('Preview — not live');

  // What the editor saw in preview is never cached for anyone else.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  expect((await readerPage.goto(path))?.status()).toBe(404);
  await reader.close();
});

test('a changed entry shows its draft in preview and its published version to readers', async ({ page, browser }) => {
  test.slow();
  const changed = changedEntries().find((e) => e.sys.contentType.sys.id === 'newsArticle')!;
  const path = `/news/${field(changed, 'slug')}`;
  const publishedTitle = snapshots[changed.sys.id]!.fields.title!['en-GB'] as string;

  await page.goto(draftUrl({ secret: SECRET, type: 'newsArticle', slug: field(changed, 'slug') }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(field(changed, 'title'));

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(path);
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(publishedTitle);
  await reader.close();
});
