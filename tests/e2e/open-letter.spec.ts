import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { E2E_ENV } from './env';
import { expectNoAxeViolations } from './fixtures';
import { linkIn, readOutbox, type ParsedMail } from '../support/mail';

const OUTBOX = `${E2E_ENV.DATA_DIR}/outbox`;
const LETTER = '/act/open-letter-fix-the-cms';
// Matches MIN_FILL_MS in lib/forms/form-start.ts: the form refuses faster submissions.
const HUMAN_PAUSE_MS = 2_200;
const afterPost = expect.configure({ timeout: 20_000 });

const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;

async function mailTo(address: string): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await afterPost
    .poll(() => {
      found = readOutbox(OUTBOX).find((m) => m.headers.get('to') === address && m.headers.get('subject')?.includes('open letter'));
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

/** Links in mail use SITE_URL; the test server listens elsewhere. */
const local = (url: URL) => new URL(`${url.pathname}${url.search}`, baseURL).toString();

async function shownCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-letter-count]').first().getAttribute('data-letter-count'));
}

async function fill(page: Page, fields: { firstName?: string; lastName?: string; email?: string; postcode?: string }) {
  const form = page.locator('#sign');
  if (fields.firstName !== undefined) await form.getByLabel('First name', { exact: true }).fill(fields.firstName);
  if (fields.lastName !== undefined) await form.getByLabel('Last name', { exact: true }).fill(fields.lastName);
  if (fields.email !== undefined) await form.getByLabel('Email address', { exact: true }).fill(fields.email);
  if (fields.postcode !== undefined) await form.getByLabel('Postcode', { exact: true }).fill(fields.postcode);
}

// The embedded database opens on first use: pay that once, up front.
test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  expect((await request.get(`${LETTER}.json`, { timeout: 180_000 })).status()).toBeLessThan(600);
  // The build renders no count (it never touches the database); the first visit after start-up
  // regenerates each page in the background, as in production. Wait for those versions.
  for (const path of [LETTER, '/act', '/']) {
    await expect.poll(async () => (await request.get(path)).text(), { timeout: 60_000 }).toContain('data-letter-count');
  }
});
test.describe.configure({ timeout: 90_000 });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('signing, confirming by button and the count: errors by their fields, the same reply twice, no count before Confirm', async ({ page, request }) => {
    await page.goto(LETTER);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fix the Child Maintenance Service: an open letter');
    await expect(page.getByText('To: The Secretary of State for Work and Pensions')).toBeVisible();
    const before = await shownCount(page);

    await fill(page, { firstName: 'Jo', lastName: '', email: 'not an email', postcode: 'LS6' });
    await page.getByRole('button', { name: 'Add my name' }).click();
    await afterPost(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(page.locator('#sign-lastName-error')).toHaveText(/Enter your last name/);
    await expect(page.locator('#sign-email-error')).toHaveText(/correct format/);
    await expect(page.locator('#sign-postcode-error')).toHaveText(/full postcode/);
    await expect(page.locator('#sign').getByLabel('First name', { exact: true })).toHaveValue('Jo');
    await expect(page.locator('#sign').getByLabel('Email address', { exact: true })).toHaveValue('not an email');
    await expect(page.locator('#sign').getByLabel('Postcode', { exact: true })).toHaveValue('LS6');

    const email = uniqueEmail('nojs');
    const sign = async () => {
      await fill(page, { firstName: 'Jo', lastName: 'Bloggs', email, postcode: 'ls6 1an' });
      await page.waitForTimeout(HUMAN_PAUSE_MS);
      await page.getByRole('button', { name: 'Add my name' }).click();
      await afterPost(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
      return page.locator('#sign-result').evaluate((el) => el.outerHTML);
    };
    const first = await sign();
    const mail = await mailTo(email);
    const link = linkIn(mail, `${LETTER}/confirm`);
    expect(link.toString()).not.toContain(email.split('@')[0]!);

    // Opening the link (as a mail scanner would) twice counts nothing.
    await page.goto(local(link));
    await page.goto(local(link));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your name');
    const json = async () => (await (await request.get(`${LETTER}.json`)).json()) as { total: number; byConstituency: { name: string; count: number }[] };
    expect((await json()).total).toBe(before);

    await page.getByRole('button', { name: 'Confirm' }).click();
    await afterPost(page).toHaveURL(new RegExp(`${LETTER}/signed$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your name is on the letter');
    await expect(page.getByRole('link', { name: 'Share on WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\//);

    // The count is revalidated within the batching window; pages stay static.
    await afterPost.poll(async () => (await page.goto(LETTER), shownCount(page)), { timeout: 30_000 }).toBeGreaterThan(before);
    const data = await json();
    expect(data.total).toBeGreaterThan(before);
    expect(data.byConstituency.find((a) => a.name === 'LS6')?.count).toBeGreaterThan(0);
    const raw = JSON.stringify(data);
    for (const secret of [email, 'Bloggs', '1AN']) expect(raw).not.toContain(secret);

    // Signing again with the same address: the same reply, byte for byte, and no second count.
    const counted = data.total;
    const second = await sign();
    expect(second).toBe(first);
    await page.goto(local(link));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your name is already counted');
    await page.waitForTimeout(6_000);
    expect((await json()).total).toBe(counted);
  });

  test('a broken confirm link gets a clear page', async ({ page }) => {
    await page.goto(`${LETTER}/confirm?token=not-a-real-token`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link is not valid');
    await expect(page.getByRole('link', { name: 'Add your name again' })).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test('the form shows errors in place, then a focused "check your inbox"; confirm and thank-you pages pass axe', async ({ page }) => {
    await page.goto(LETTER);
    await page.waitForFunction(() => {
      const form = document.querySelector('#sign form');
      return !!form && Object.keys(form).some((k) => k.startsWith('__reactFiber'));
    });
    await page.getByRole('button', { name: 'Add my name' }).click();
    const summary = page.locator('#sign [tabindex="-1"]', { has: page.getByRole('heading', { name: 'There is a problem' }) });
    await afterPost(summary).toBeFocused();
    await expect(page.locator('#sign-firstName-error')).toHaveText(/Enter your first name/);
    await expectNoAxeViolations(page);

    const email = uniqueEmail('js');
    await fill(page, { firstName: 'Sam', lastName: 'Taylor', email, postcode: 'SW1A 0AA' });
    await page.getByLabel('Show my first name and area on the list of supporters').check();
    // The first submission above fetched a fresh start time; take as long as a person would.
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole('button', { name: 'Add my name' }).click();
    await afterPost(page.locator('#sign-result')).toBeFocused();
    await expect(page.locator('#sign-result')).toContainText('Check your inbox');

    await page.goto(local(linkIn(await mailTo(email), `${LETTER}/confirm`)));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await afterPost(page).toHaveURL(new RegExp(`${LETTER}/signed$`));
    await expectNoAxeViolations(page);
    // Ticked the box: first name and area appear among the supporters once the page revalidates.
    await afterPost.poll(async () => (await page.goto(LETTER), page.locator('#supporters-heading').count()), { timeout: 30_000 }).toBe(1);
    await expect(page.locator('section[aria-labelledby="supporters-heading"]')).toContainText('Sam, Riverside Sample (England)');
  });

  for (const path of [LETTER, '/act', '/']) {
    test(`${path} shows the count and passes axe`, async ({ page }) => {
      test.setTimeout(150_000);
      await page.goto(path);
      await expect(page.locator('[data-letter-count]').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
