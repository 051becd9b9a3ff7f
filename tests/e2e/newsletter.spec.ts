import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { E2E_ENV } from './env';
import { expectNoAxeViolations } from './fixtures';
import { linkIn, readOutbox, type ParsedMail } from '../support/mail';
import { afterPost, HUMAN_PAUSE_MS, hydrated, openDatabase, uniqueEmail } from './newsletter-support';

const OUTBOX = `${E2E_ENV.DATA_DIR}/outbox`;

async function mailTo(address: string): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(() => {
      found = readOutbox(OUTBOX).find((m) => m.headers.get('to') === address);
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

/** Links in mail use SITE_URL; the test server listens elsewhere. */
function local(url: URL): string {
  return new URL(`${url.pathname}${url.search}`, baseURL).toString();
}

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  await openDatabase(request);
});
test.describe.configure({ timeout: 60_000 });

function signupSection(page: Page) {
  return page.locator('#signup');
}

/**
 * With JavaScript the form fetches a fresh start time when first touched; wait until it has
 * arrived, then take as long as a person would before submitting.
 */
async function fillLikeAPerson(form: ReturnType<typeof signupSection>, email: string) {
  await hydrated(form.page());
  const start = form.locator('input[name="formStart"]');
  const before = await start.inputValue();
  await form.getByLabel('Email address').fill(email);
  await form.getByRole('checkbox').check();
  await afterPost.poll(() => start.inputValue()).not.toBe(before);
  await form.page().waitForTimeout(HUMAN_PAUSE_MS);
}

/** Signs `email` up on /get-involved with JavaScript, as a person would, up to "Check your inbox". */
async function subscribe(page: Page, email: string) {
  await page.goto('/get-involved');
  const form = signupSection(page);
  await fillLikeAPerson(form, email);
  await form.getByRole('button', { name: 'Subscribe' }).click();
  await afterPost(form.getByRole('status')).toContainText('Check your inbox');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sign-up shows errors in a focused summary, keeps values, then sends a confirmation', async ({ page }) => {
    await page.goto('/get-involved');
    const form = signupSection(page);
    await form.getByLabel('Email address').fill('not an email');
    await form.getByLabel('First name (optional)').fill('Jo');
    await form.getByRole('button', { name: 'Subscribe' }).click();

    const summary = form.locator('[tabindex="-1"]', { has: page.getByRole('heading', { name: 'There is a problem' }) });
    await afterPost(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([/correct format/, /Select the box/]);
    await expect(form.getByLabel('Email address')).toHaveValue('not an email');
    await expect(form.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('First name (optional)')).toHaveValue('Jo');

    const email = uniqueEmail('nojs');
    await form.getByLabel('Email address').fill(email);
    await form.getByRole('checkbox').check();
    // The page after the post carries a start time from that moment.
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await afterPost(form.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();

    const mail = await mailTo(email);
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain('Hello Jo,');
  });

  test('the confirm link shows a button, a GET never confirms, and the POST does', async ({ page }) => {
    const email = uniqueEmail('confirm');
    await page.goto('/get-involved');
    const form = signupSection(page);
    await form.getByLabel('Email address').fill(email);
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await afterPost(form.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();

    const link = local(linkIn(await mailTo(email), '/newsletter/confirm'));
    await page.goto(link);
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your email updates');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await afterPost(page).toHaveURL(/\/newsletter\/confirmed$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are subscribed');

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are already subscribed');
  });

  test('a broken confirm link gets a clear page offering a new one', async ({ page }) => {
    await page.goto('/newsletter/confirm?token=not-a-real-token');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link is not valid');
    await expect(page.getByRole('heading', { name: 'Get a new link' })).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test('the error summary takes focus and its links move focus to the fields', async ({ page }) => {
    await page.goto('/get-involved');
    await hydrated(page);
    const form = signupSection(page);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    const summary = form.locator('[tabindex="-1"]', { has: page.getByRole('heading', { name: 'There is a problem' }) });
    await afterPost(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Enter your email address', /Select the box/]);
    await summary.getByRole('link', { name: 'Enter your email address' }).click();
    await expect(form.getByLabel('Email address')).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('a too-quick submission is held back with values kept; the next one is accepted', async ({ page }) => {
    const email = uniqueEmail('js');
    await page.goto('/get-involved');
    await hydrated(page);
    const form = signupSection(page);
    const start = form.locator('input[name="formStart"]');
    const pageStart = await start.inputValue();
    await form.getByLabel('Email address').fill(email);
    await form.getByLabel('Postcode area (optional)').fill('sw1a');
    await form.getByRole('checkbox').check();
    // Touching the form fetched a fresh start time; submit the moment it is in.
    await afterPost.poll(() => start.inputValue()).not.toBe(pageStart);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    // Filled in faster than a person could after first touching the form.
    const summary = form.locator('[tabindex="-1"]', { has: page.getByRole('heading', { name: 'There is a problem' }) });
    await afterPost(summary).toBeFocused();
    await expect(summary).toContainText('select Subscribe again');
    await expect(form.getByLabel('Email address')).toHaveValue(email);
    await expect(form.getByLabel('Postcode area (optional)')).toHaveValue('sw1a');
    await expect(form.getByRole('checkbox')).toBeChecked();

    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await afterPost(form.getByRole('status')).toBeFocused();
    await expect(form.getByRole('status')).toContainText('Check your inbox');
    const mail = await mailTo(email);
    expect(mail.headers.get('subject')).toMatch(/confirm/i);

    // axe needs scripts in the page, so the newsletter page templates are checked here.
    await page.goto(local(linkIn(mail, '/newsletter/confirm')));
    await expect(page.getByRole('button', { name: 'Confirm' })).toBeVisible();
    await expectNoAxeViolations(page);
    for (const path of ['/newsletter/confirm?token=broken', '/newsletter/confirmed', '/newsletter/link-sent', '/unsubscribe/done']) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });

  test('the footer form works on any page and has no axe violations', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('heading', { name: 'Get campaign updates by email' })).toBeVisible();
    await expectNoAxeViolations(page, 'footer');
  });
});

test.describe('unsubscribe', () => {
  test('one-click POST from the List-Unsubscribe header works without a session and can be repeated', async ({ page, request }) => {
    const email = uniqueEmail('oneclick');
    await subscribe(page, email);

    const header = (await mailTo(email)).headers.get('list-unsubscribe') ?? '';
    const url = new URL(/^<(.+)>$/.exec(header)![1]!);
    expect(url.pathname).toBe('/api/newsletter/unsubscribe');
    for (let i = 0; i < 2; i++) {
      const res = await request.post(local(url), { form: { 'List-Unsubscribe': 'One-Click' }, maxRedirects: 0 });
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain('unsubscribed');
    }
    const get = await request.get(local(url), { maxRedirects: 0 });
    expect(get.status()).toBe(303);
    expect(get.headers()['location']).toBe(`/unsubscribe${url.search}`);

    expect((await request.post('/api/newsletter/unsubscribe?token=nope', { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(400);
    expect((await request.post(`/api/newsletter/unsubscribe?token=${'A'.repeat(43)}`, { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(404);
  });

  test('the /unsubscribe page: link button, and the address form with errors', async ({ page }) => {
    const email = uniqueEmail('unsub');
    await subscribe(page, email);

    await page.goto(local(linkIn(await mailTo(email), '/unsubscribe')));
    await expectNoAxeViolations(page);
    await page.getByRole('main').getByRole('button', { name: 'Unsubscribe' }).first().click();
    await afterPost(page).toHaveURL(/\/unsubscribe\/done$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are unsubscribed');

    await page.goto('/unsubscribe');
    const main = page.getByRole('main');
    await main.getByLabel('Email address').fill('nope');
    await main.getByRole('button', { name: 'Unsubscribe' }).click();
    await afterPost(main.locator('[tabindex="-1"]', { has: page.getByRole('heading', { name: 'There is a problem' }) })).toBeFocused();
    await expect(main.getByLabel('Email address')).toHaveValue('nope');
    await expectNoAxeViolations(page);
    await main.getByLabel('Email address').fill(email);
    await main.getByRole('button', { name: 'Unsubscribe' }).click();
    await afterPost(main.getByRole('status')).toContainText('If that address was on our list');
  });
});
