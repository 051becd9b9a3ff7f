import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { giftAidWording } from '@/lib/donations/gift-aid';
import { field, ofType } from '../support/seed';
import { E2E_ENV } from './env';
import { expectNoAxeViolations } from './fixtures';

const settings = ofType('siteSettings')[0]!;
const operatorName = field(settings, 'operatorName');
const GIFT_AID_SCOPES = giftAidWording(operatorName).scopes;

// The first action opens the embedded database (seconds on a busy machine): allow for it.
test.describe.configure({ timeout: 120_000 });
const AFTER_ACTION = { timeout: 60_000 };

async function payInSandbox(page: Page, email: string, { axe = true } = {}): Promise<string> {
  await expect(page).toHaveURL(/\/donate\/sandbox\/don_[A-Za-z0-9_-]+$/, AFTER_ACTION);
  await expect(page.getByText('Test mode — no money is taken')).toBeVisible();
  await expect(page.getByTestId('donation-recipient')).toContainText(operatorName);
  if (axe) await expectNoAxeViolations(page);
  const reference = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
  await page.getByRole('main').getByLabel('Email for the test receipt (optional)').fill(email);
  await page.getByRole('button', { name: /^Pay .* \(test\)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/donate/thanks\\?ref=${reference}$`), AFTER_ACTION);
  await expect(page.getByTestId('donation-reference')).toHaveText(reference);
  await expect(page.getByTestId('donation-recipient')).toContainText(operatorName);
  return reference;
}

/** The receipt the e2e server wrote to its outbox, decoded from quoted-printable. */
function receiptFor(reference: string): string {
  const outbox = path.resolve(E2E_ENV.DATA_DIR, 'outbox');
  for (const file of readdirSync(outbox)) {
    const raw = readFileSync(path.join(outbox, file), 'utf8');
    const text = Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
    if (text.includes(reference)) return text;
  }
  throw new Error(`No receipt for ${reference}`);
}

test('a one-off £10 sandbox donation without Gift Aid ends on the thank-you page as paid', async ({ page }) => {
  await page.goto('/donate');
  await expect(page.getByRole('heading', { level: 1, name: 'Donate' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByRole('main').getByLabel('Postcode')).toBeHidden();
  await expect(page.getByTestId('donation-recipient')).toHaveText(
    `Your gift goes to ${operatorName}, a charity registered in England and Wales (${field(settings, 'charityNumberEnglandWales')}) and in Scotland (${field(settings, 'charityNumberScotland')}).`,
  );

  await page.getByRole('main').getByLabel('£10', { exact: true }).check();
  await page.getByRole('main').getByLabel('Once', { exact: true }).check();
  await page.getByRole('main').getByLabel('No Gift Aid').check();
  await page.getByRole('button', { name: 'Continue to payment' }).click();

  await payInSandbox(page, 'one-off@example.com');
  await expect(page.getByTestId('donation-status')).toHaveText('Payment received');
  await expect(page.getByText('£10, once')).toBeVisible();
  await expect(page.getByText('Not added')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a monthly £12.34 sandbox gift with Gift Aid is set up, and the receipt link cancels it in the test portal', async ({ page }) => {
  await page.goto('/donate');
  await page.getByRole('main').getByLabel('Other amount', { exact: true }).check();
  await page.getByRole('main').getByLabel('Other amount, in pounds').fill('12.34');
  await page.getByRole('main').getByLabel('Every month (cancel at any time)').check();
  await page.getByRole('main').getByLabel('Yes, I am a UK taxpayer and want to add Gift Aid').check();
  await expect(page.getByRole('main').getByLabel('Postcode')).toBeVisible();
  await page.getByRole('main').getByLabel('Title (optional)').fill('Dr');
  await page.getByRole('main').getByLabel('First name').fill('Robin');
  await page.getByRole('main').getByLabel('Surname').fill('Tester');
  await page.getByRole('main').getByLabel('House name or number').fill('The Old Mill');
  await page.getByRole('main').getByLabel('Postcode').fill('m1 1ae');
  await page.getByRole('main').getByLabel(GIFT_AID_SCOPES.all).check();
  await page.getByRole('main').getByLabel('I confirm this Gift Aid declaration').check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue to payment' }).click();

  const reference = await payInSandbox(page, 'monthly@example.com');
  await expect(page.getByTestId('donation-status')).toHaveText('Monthly gift set up');
  await expect(page.getByText('£12.34 every month')).toBeVisible();
  await expect(page.getByText('Declared')).toBeVisible();
  await expectNoAxeViolations(page);

  const receipt = receiptFor(reference);
  expect(receipt).toContain(`Received by: ${operatorName}`);
  expect(receipt).toContain(`${field(settings, 'charityNumberEnglandWales')} (England and Wales)`);
  expect(receipt).toContain(`Gift Aid: you made a Gift Aid declaration to ${operatorName}`);
  const manageUrl = /https?:\/\/\S+\/donate\/manage\?token=([A-Za-z0-9_-]+)/.exec(receipt);
  expect(manageUrl).not.toBeNull();
  await page.goto(`/donate/manage?token=${manageUrl![1]}`);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Change or cancel my gift' }).click();
  await expect(page).toHaveURL(/\/donate\/sandbox\/manage\?token=/, AFTER_ACTION);
  await expect(page.getByText('Test mode — no money is taken')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Cancel monthly gift (test)' }).click();
  await expect(page.getByTestId('donation-status')).toHaveText('Monthly gift cancelled', AFTER_ACTION);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('bad input shows an error summary, keeps what was typed, then a corrected form donates', async ({ page }) => {
    await page.goto('/donate');
    await page.getByRole('main').getByLabel('Other amount', { exact: true }).check();
    await page.getByRole('main').getByLabel('Other amount, in pounds').fill('1.005');
    await page.getByRole('main').getByLabel('Once', { exact: true }).check();
    await page.getByRole('main').getByLabel('Yes, I am a UK taxpayer and want to add Gift Aid').check();
    await page.getByRole('main').getByLabel('First name').fill('Alex');
    await page.getByRole('main').getByLabel('Surname').fill('Example');
    await page.getByRole('main').getByLabel('House name or number').fill('12');
    await page.getByRole('button', { name: 'Continue to payment' }).click();

    const summary = page.getByRole('main').locator('[tabindex="-1"]', { has: page.getByRole('heading', { name: 'There is a problem' }) });
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible(AFTER_ACTION);
    await expect(summary.getByRole('link', { name: 'Enter an amount in pounds and pence, like 12.50' })).toHaveAttribute('href', '#otherAmount');
    await expect(summary.getByRole('link', { name: 'Enter your postcode' })).toHaveAttribute('href', '#postcode');
    await expect(page.getByRole('main').getByLabel('Other amount, in pounds')).toHaveValue('1.005');
    await expect(page.getByRole('main').getByLabel('Other amount, in pounds')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('main').getByLabel('First name')).toHaveValue('Alex');
    await expect(page.getByRole('main').getByLabel('Other amount', { exact: true })).toBeChecked();
    // axe needs script in the page, so the error state's axe check is in the JavaScript test below.

    await page.getByRole('main').getByLabel('Other amount, in pounds').fill('20');
    await page.getByRole('main').getByLabel('Postcode').fill('SW1A 1AA');
    await page.getByRole('main').getByLabel(GIFT_AID_SCOPES.this).check();
    await page.getByRole('main').getByLabel('I confirm this Gift Aid declaration').check();
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await payInSandbox(page, '', { axe: false });
    await expect(page.getByTestId('donation-status')).toHaveText('Payment received');
    await expect(page.getByText('Declared')).toBeVisible();
  });
});

test('with JavaScript, errors appear in a focused summary and typed values stay', async ({ page }) => {
  await page.goto('/donate');
  await page.getByRole('main').getByLabel('Other amount', { exact: true }).check();
  await page.getByRole('main').getByLabel('Other amount, in pounds').fill('10,000.01');
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  const summary = page.getByRole('main').locator('[tabindex="-1"]', { has: page.getByRole('heading', { name: 'There is a problem' }) });
  await expect(summary).toBeFocused(AFTER_ACTION);
  await expect(summary).toContainText('Enter an amount of £10,000 or less');
  await expect(summary).toContainText('Choose whether to give once or every month');
  await expect(page.getByRole('main').getByLabel('Other amount, in pounds')).toHaveValue('10,000.01');
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
});

test('cancelled, unknown-reference and invalid-link pages are accessible', async ({ page }) => {
  await page.goto('/donate/cancelled');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your donation was not completed');
  await expectNoAxeViolations(page);
  await page.goto('/donate/thanks?ref=don_doesnotexist000000');
  await expect(page.getByText('We could not find that donation')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/donate/manage?token=not-a-real-token-0000000');
  await expect(page.getByText('This link is not valid')).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.goto('/donate/sandbox/don_doesnotexist000000'))?.status()).toBe(404);
});

test('the webhook rejects unsigned and forged events', async ({ request }) => {
  const body = JSON.stringify({ id: 'evt_forged', object: 'event', type: 'checkout.session.completed', data: { object: {} } });
  const unsigned = await request.post('/api/stripe/webhook', { data: body, headers: { 'content-type': 'application/json' } });
  expect(unsigned.status()).toBe(400);
  const forged = await request.post('/api/stripe/webhook', {
    data: body,
    headers: { 'content-type': 'application/json', 'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
  });
  expect(forged.status()).toBe(400);
});
