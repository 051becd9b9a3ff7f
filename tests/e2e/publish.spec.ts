import { expect, test } from '@playwright/test';
import { field, publishedOfType, seed } from '../support/seed';
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

test('pages keep answering during a burst of 100 webhooks', async () => {
  const body = payloads.publish(stat!.sys.id, 'campaignStat');
  const webhooks = Array.from({ length: 100 }, () => postWebhook(h.site.url, PUBLISH, body).then((r) => r.status));
  const pages = Array.from({ length: 20 }, () => getHtml(home).then((r) => r.status));
  const [hookStatuses, pageStatuses] = await Promise.all([Promise.all(webhooks), Promise.all(pages)]);
  expect(new Set(hookStatuses)).toEqual(new Set([200]));
  expect(new Set(pageStatuses)).toEqual(new Set([200]));
});
