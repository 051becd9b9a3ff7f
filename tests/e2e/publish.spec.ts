import { expect, test } from '@playwright/test';
import { field, publishedNewsBySlug, publishedOfType, seed } from '../support/seed';
import { E2E_ENV } from './env';
import { getHtml, payloads, postWebhook, startHarness, timeUntilServed, type Harness } from './support/publish-harness';

/**
 * Publish → live, end to end: the site in Contentful mode, a loopback Contentful whose answers
 * the tests change, and the webhook Contentful would send. Pages are read as a reader's browser
 * would fetch them, with no cookies.
 */
test.describe.configure({ mode: 'serial' });

const [stat, otherStat] = publishedOfType('campaignStat');
const settings = seed.entries.find((e) => e.sys.contentType.sys.id === 'siteSettings')!;
const PUBLISH = 'ContentManagement.Entry.publish';
const UNPUBLISH = 'ContentManagement.Entry.unpublish';

test.describe('publish → live', () => {
  let h: Harness;
  let home: string;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    h = await startHarness();
    home = `${h.site.url}/`;
  });
  test.afterAll(async () => h?.stop());

  /** Puts the fake back to the seed and expires everything the site cached from it. */
  test.beforeEach(async () => {
    h.fake.reset();
    const res = await postWebhook(h.site.url, 'ContentManagement.Entry.delete', payloads.tombstone('reset'));
    expect(res.status).toBe(200);
    expect((await getHtml(home)).html).toContain(field(stat!, 'label'));
  });

  test('a published stat change is on the home page within 5 seconds of the webhook', async () => {
    const label = 'Edited label for the publish test';
    h.fake.overrideFields(stat!.sys.id, { label });
    // Without the webhook the site keeps serving its cached copy.
    expect((await getHtml(home)).html).not.toContain(label);

    const started = Date.now();
    const res = await postWebhook(h.site.url, PUBLISH, payloads.publish(stat!.sys.id, 'campaignStat', { label }));
    expect(res.status).toBe(200);
    const ms = await timeUntilServed(home, label, started);
    test.info().annotations.push({ type: 'publish-to-live-ms', description: String(ms) });
    console.log(`publish-to-live: ${ms} ms`);
    expect(ms).toBeLessThan(5000);
  });

  test('a site settings change reaches the header on every page', async () => {
    const name = 'Renamed Campaign';
    h.fake.overrideFields(settings.sys.id, { campaignName: name });
    expect((await postWebhook(h.site.url, PUBLISH, payloads.publish(settings.sys.id, 'siteSettings'))).status).toBe(200);
    await timeUntilServed(home, name, Date.now());
    const notFound = await getHtml(`${h.site.url}/no-such-page-here`);
    expect(notFound.status).toBe(404);
    expect(notFound.html).toContain(name);
  });

  test('an edit to the operator record reaches the footer, the donate page and the privacy notice', async () => {
    const name = 'Renamed Operator For Publish Test';
    h.fake.overrideFields(settings.sys.id, { operatorName: name, operatorStatus: 'not-a-charity', charityNumberEnglandWales: undefined, charityNumberScotland: undefined, hmrcCharityReference: undefined });
    expect((await postWebhook(h.site.url, PUBLISH, payloads.publish(settings.sys.id, 'siteSettings'))).status).toBe(200);
    await timeUntilServed(home, name, Date.now());
    const [donate, privacy] = await Promise.all([getHtml(`${h.site.url}/donate`), getHtml(`${h.site.url}/privacy`)]);
    for (const page of [donate, privacy]) {
      expect(page.html).toContain(`This site is run by ${name}, which is not a registered charity.`);
      expect(page.html).not.toContain(field(settings, 'operatorName'));
    }
    expect(donate.html).toContain(`Your gift goes to ${name}, which is not a registered charity.`);
    expect(donate.html).toContain(`only a registered charity can claim it and ${name} is not one`);
    expect(donate.html).not.toContain('name="giftAid"');
    expect(privacy.html).toContain(`${name} runs this site and is the controller`);
  });

  test('refused webhooks answer 4xx and revalidate nothing', async () => {
    const label = 'Label that must not go live';
    h.fake.overrideFields(stat!.sys.id, { label });
    const body = payloads.publish(stat!.sys.id, 'campaignStat');
    const attempts: [string, Promise<Response>, number][] = [
      ['wrong secret', postWebhook(h.site.url, PUBLISH, body, { secret: 'wrong-secret' }), 401],
      ['missing secret', postWebhook(h.site.url, PUBLISH, body, { secret: null }), 401],
      ['form content type', postWebhook(h.site.url, PUBLISH, body, { contentType: 'application/x-www-form-urlencoded' }), 415],
      ['unknown topic', postWebhook(h.site.url, 'ContentManagement.Entry.save', body), 400],
      ['no topic', postWebhook(h.site.url, '', body), 400],
      ['malformed JSON', postWebhook(h.site.url, PUBLISH, null, { rawBody: '{"sys": {"id": ' }), 400],
      ['not an entry', postWebhook(h.site.url, PUBLISH, { sys: { id: 'x', type: 'ContentType' } }), 422],
      ['over 1 MB', postWebhook(h.site.url, PUBLISH, null, { rawBody: JSON.stringify({ ...body, pad: 'x'.repeat(1024 * 1024) }) }), 413],
    ];
    for (const [label_, pending, status] of attempts) {
      expect((await pending).status, label_).toBe(status);
    }
    const page = await getHtml(home);
    expect(page.html).toContain(field(stat!, 'label'));
    expect(page.html).not.toContain(label);
  });

  test('the same webhook twice is harmless', async () => {
    const value = '12345';
    h.fake.overrideFields(stat!.sys.id, { value });
    const body = payloads.publish(stat!.sys.id, 'campaignStat', { value });
    const [first, second] = await Promise.all([postWebhook(h.site.url, PUBLISH, body), postWebhook(h.site.url, PUBLISH, body)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.json()).toEqual(await first.json());
    await timeUntilServed(home, value, Date.now());
    expect((await postWebhook(h.site.url, PUBLISH, body)).status).toBe(200);
    const again = await getHtml(home);
    expect(again.status).toBe(200);
    expect(again.html).toContain(value);
  });

  test('an unpublished entry leaves the site, from a tombstone with or without its type', async () => {
    h.fake.hide(stat!.sys.id);
    expect((await postWebhook(h.site.url, UNPUBLISH, payloads.tombstone(stat!.sys.id, 'campaignStat'))).status).toBe(200);
    let page = await getHtml(home);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain(field(stat!, 'label'));
    expect(page.html).toContain(field(otherStat!, 'label'));

    h.fake.hide(otherStat!.sys.id);
    expect((await postWebhook(h.site.url, 'ContentManagement.Entry.delete', payloads.tombstone(otherStat!.sys.id))).status).toBe(200);
    page = await getHtml(home);
    expect(page.html).not.toContain(field(otherStat!, 'label'));
  });

  test('an article published for the first time is live at its own path within 5 seconds of the webhook', async () => {
    const article = publishedNewsBySlug().at(-1)!;
    const url = `${h.site.url}/news/${article.slug}`;
    h.fake.hide(article.id);
    expect((await postWebhook(h.site.url, UNPUBLISH, payloads.tombstone(article.id, 'newsArticle'))).status).toBe(200);
    expect((await getHtml(url)).status).toBe(404);

    h.fake.reset();
    const started = Date.now();
    expect((await postWebhook(h.site.url, PUBLISH, payloads.publish(article.id, 'newsArticle', { slug: article.slug }))).status).toBe(200);
    expect(await timeUntilServed(url, article.title, started)).toBeLessThan(5000);
  });

  test('a made-up path is a 404 that sends Contentful no query of its own', async () => {
    const slug = `made-up-${Date.now().toString(36)}`;
    const before = h.fake.requests.length;
    for (const path of [`/news/${slug}`, `/research/${slug}`, `/asks/${slug}`, `/${slug}`]) {
      expect((await getHtml(`${h.site.url}${path}`)).status, path).toBe(404);
    }
    const asked = h.fake.requests.slice(before).filter((r) => JSON.stringify(r.query).includes(slug));
    expect(asked).toEqual([]);
  });

  test('pages keep answering during a burst of 100 webhooks', async () => {
    const body = payloads.publish(stat!.sys.id, 'campaignStat');
    const webhooks = Array.from({ length: 100 }, () => postWebhook(h.site.url, PUBLISH, body).then((r) => r.status));
    const pages = Array.from({ length: 20 }, () => getHtml(home).then((r) => r.status));
    const [hookStatuses, pageStatuses] = await Promise.all([Promise.all(webhooks), Promise.all(pages)]);
    expect(new Set(hookStatuses)).toEqual(new Set([200]));
    expect(new Set(pageStatuses)).toEqual(new Set([200]));
  });

  const INTERNALS = /ContentUnavailableError|Injected failure|AxiosError|at async|node_modules/;

  test('with Contentful failing after a publish, readers keep the last good page and the site recovers', async () => {
    for (const failure of ['HTTP 500', 'timeout'] as const) {
      h.fake.reset();
      const lastGood = `Last good label before the ${failure === 'HTTP 500' ? 'error' : 'timeout'}`;
      h.fake.overrideFields(stat!.sys.id, { label: lastGood });
      expect((await postWebhook(h.site.url, PUBLISH, payloads.publish(stat!.sys.id, 'campaignStat'))).status).toBe(200);
      await timeUntilServed(home, lastGood, Date.now());

      h.fake.overrideFields(stat!.sys.id, { label: 'Label published during the outage' });
      if (failure === 'HTTP 500') h.fake.failWith(500);
      else h.fake.delayBy(1500);
      expect((await postWebhook(h.site.url, PUBLISH, payloads.publish(stat!.sys.id, 'campaignStat'))).status).toBe(200);
      for (let i = 0; i < 2; i++) {
        const page = await getHtml(home);
        expect(page.status, failure).toBe(200);
        expect(page.html).toContain(lastGood);
        expect(page.html).not.toMatch(INTERNALS);
      }
      h.fake.reset();
      const label = `Label after the ${failure === 'HTTP 500' ? 'error' : 'timeout'} cleared`;
      h.fake.overrideFields(stat!.sys.id, { label });
      expect((await postWebhook(h.site.url, PUBLISH, payloads.publish(stat!.sys.id, 'campaignStat'))).status).toBe(200);
      await timeUntilServed(home, label, Date.now());
    }
  });

  test('preview shows drafts under the preview bar, and readers never get the draft page', async ({ browser }) => {
    // Two browser contexts and several navigations: slow on a busy two-core machine.
    test.slow();
    const draftLabel = 'Draft label only editors see';
    h.fake.overrideDraftFields(stat!.sys.id, { label: draftLabel });
    const editor = await browser.newContext({ baseURL: h.site.url });
    const page = await editor.newPage();
    const secret = encodeURIComponent(E2E_ENV.CONTENTFUL_PREVIEW_SECRET);
    await page.goto(`/api/draft?secret=${secret}&type=campaignStat&id=${stat!.sys.id}`);
    expect(page.url()).toBe(home);
    const bar = page.getByRole('complementary', { name: 'Preview mode' });
    await expect(bar).toContainText('Preview — not live');
    await expect(page.getByText(draftLabel)).toBeVisible();
    const draftResponse = await page.reload();
    expect(draftResponse?.headers()['cache-control']).toMatch(/no-store/);

    // A reader straight after the preview: neither the draft nor the bar.
    const reader = await browser.newContext({ baseURL: h.site.url });
    const readerPage = await reader.newPage();
    await readerPage.goto('/');
    await expect(readerPage.getByText(field(stat!, 'label'))).toBeVisible();
    await expect(readerPage.getByText(draftLabel)).toHaveCount(0);
    await expect(readerPage.getByRole('complementary', { name: 'Preview mode' })).toHaveCount(0);
    expect((await getHtml(home)).html).not.toContain(draftLabel);

    await bar.getByRole('link', { name: 'Exit preview' }).click();
    await expect(page).toHaveURL(home);
    await expect(bar).toHaveCount(0);
    await expect(page.getByText(draftLabel)).toHaveCount(0);
    await Promise.all([editor.close(), reader.close()]);
  });
});

test.describe('a Contentful outage on a server with nothing to fall back on', () => {
  let h: Harness;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    h = await startHarness();
  });
  test.afterAll(async () => h?.stop());

  test('shows the friendly error page, never internals, and serves again once Contentful is back', async ({ page }) => {
    h.fake.failWith(503);
    expect((await postWebhook(h.site.url, 'ContentManagement.Entry.delete', payloads.tombstone('any'))).status).toBe(200);
    const response = await page.goto(`${h.site.url}/`);
    expect(response?.status()).toBe(500);
    expect(response?.headers()['cache-control']).toMatch(/no-store/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, this page is not available right now');
    await expect(page.getByRole('link', { name: 'Exit this site' })).toBeVisible();
    expect(await page.content()).not.toMatch(/ContentUnavailableError|Injected failure|AxiosError|at async/);

    h.fake.failWith(null);
    const recovered = await page.goto(`${h.site.url}/`);
    expect(recovered?.status()).toBe(200);
    await expect(page.getByText(field(stat!, 'label'))).toBeVisible();
  });
});
