import { expect, test } from '@playwright/test';
import { startFakeContentful, type FakeContentful } from '../support/fake-contentful';
import { outboxLinkOn, startCluster, type Cluster } from '../support/instances';
import { field, publishedOfType } from '../support/seed';
import { E2E_ENV } from './env';

/**
 * Two instances of the build behind an imaginary load balancer, sharing Redis and Postgres and
 * reading a (loopback) Contentful: what one instance learns from a publish webhook, the other
 * must serve. Ports follow the suite's own server port so parallel checkouts don't collide.
 */
test.describe.configure({ mode: 'serial' });

const basePort = Number(process.env.E2E_PORT ?? 3100);
let fake: FakeContentful;
let cluster: Cluster;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fake = await startFakeContentful();
  cluster = await startCluster({ ports: [basePort + 4, basePort + 5], contentfulUrl: fake.url });
});

test.afterAll(async () => {
  await cluster?.stop();
  await fake?.close();
});

test('each instance reports healthy with its database, uncached', async ({ request }) => {
  for (const instance of cluster.instances) {
    const res = await request.get(`${instance.url}/api/health`);
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers()['cache-control']).toBe('no-store');
  }
});

test('a publish webhook received by instance A refreshes the page instance B serves', async ({ request }) => {
  const [a, b] = cluster.instances;
  const stat = publishedOfType('campaignStat')[0]!;
  const oldLabel = field(stat, 'label');
  const newLabel = `updated label ${Date.now().toString(36)}`;

  // Which label a page shows, kept short so a failure doesn't print the whole page.
  const shown = async (url: string) => {
    const html = await (await request.get(`${url}/`)).text();
    return html.includes(newLabel) ? 'new label' : html.includes(oldLabel) ? 'old label' : 'neither label';
  };

  for (const instance of [a!, b!]) expect(await shown(instance.url)).toBe('old label');

  fake.overrideFields(stat.sys.id, { label: newLabel });
  // Cached: without a revalidation, neither instance asks Contentful again.
  expect(await shown(b!.url)).toBe('old label');

  const res = await request.post(`${a!.url}/api/revalidate`, {
    headers: {
      'content-type': 'application/vnd.contentful.management.v1+json',
      'x-contentful-topic': 'ContentManagement.Entry.publish',
      'x-webhook-secret': E2E_ENV.CONTENTFUL_WEBHOOK_SECRET,
    },
    data: {
      sys: { id: stat.sys.id, type: 'Entry', contentType: { sys: { id: 'campaignStat', type: 'Link', linkType: 'ContentType' } } },
      fields: { label: { 'en-GB': newLabel } },
    },
  });
  expect(res.ok()).toBe(true);

  // A stale-while-revalidate invalidation may serve one last old copy while it re-renders.
  await expect.poll(() => shown(b!.url), { timeout: 15_000 }).toBe('new label');
  await expect.poll(() => shown(a!.url), { timeout: 15_000 }).toBe('new label');
});

test.describe('newsletter across instances', () => {
  test.use({ javaScriptEnabled: false });

  test('a sign-up on instance A is confirmed through instance B', async ({ page }) => {
    const [a, b] = cluster.instances;
    const email = `scale.${Date.now().toString(36)}@example.org`;
    await page.goto(`${a!.url}/get-involved`);
    const form = page.locator('#signup');
    await form.getByLabel('Email address').fill(email);
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await expect(form.getByRole('heading', { name: 'Check your inbox' })).toBeVisible({ timeout: 30_000 });

    let link: string | null = null;
    await expect.poll(() => (link = outboxLinkOn(a!, b!, '/newsletter/confirm')), { timeout: 15_000 }).not.toBeNull();
    await page.goto(link!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your email updates');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page).toHaveURL(`${b!.url}/newsletter/confirmed`, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are subscribed');
  });
});
