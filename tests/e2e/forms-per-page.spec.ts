import { expect, test, type Locator, type Page } from '@playwright/test';
import { afterPost, HUMAN_PAUSE_MS, hydrated, openDatabase, uniqueEmail } from './newsletter-support';

/**
 * Every page has the footer sign-up, so every page with a form has at least two. Each form's
 * answer (errors, focus, typed values, "check your inbox") must come back to the form that was
 * sent, never to the other one, with and without JavaScript.
 */

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  await openDatabase(request);
});
test.describe.configure({ timeout: 60_000 });

const BAD_EMAIL = 'not-an-email@';

function pageForm(page: Page) {
  return page.locator('#signup');
}
function footerForm(page: Page) {
  return page.getByRole('contentinfo').locator('section');
}
function summaryOf(form: Locator) {
  return form.locator('[tabindex="-1"]', { has: form.page().getByRole('heading', { name: 'There is a problem' }) });
}

/** The page form shows the error and the typed value; the footer form is untouched. */
async function expectAnswerOnlyInPageForm(page: Page) {
  await afterPost(summaryOf(pageForm(page))).toBeFocused();
  await expect(pageForm(page).getByLabel('Email address')).toHaveValue(BAD_EMAIL);
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(1);
  await expect(page.getByText('Enter an email address in the correct format')).toHaveCount(2); // summary + field
  await expect(footerForm(page).getByLabel('Email address')).toHaveValue('');
  await expect(footerForm(page).getByLabel('Email address')).not.toHaveAttribute('aria-invalid');
}

const WRITE_TO_MP = '/act/write-to-your-mp-for-a-review';
const OPEN_LETTER = '/act/open-letter-fix-the-cms';

/** The pages that carry a form besides the footer's; the confirm page shows one for a broken link. */
const PAGES_WITH_FORMS = ['/', '/get-involved', '/donate', '/unsubscribe', '/newsletter/confirm?token=broken', WRITE_TO_MP, OPEN_LETTER];

/** The action keys of the forms on the page as it stands: at least two, each its own. */
async function expectOwnActionKeys(page: Page, where: string) {
  const keys = await page.locator('form:has(input[name="$ACTION_KEY"])').evaluateAll((els) => els.map((f) => (f.querySelector('input[name="$ACTION_KEY"]') as HTMLInputElement).value));
  expect(keys.length, `forms on ${where}`).toBeGreaterThanOrEqual(2);
  expect(new Set(keys).size, `action keys on ${where}: ${JSON.stringify(keys)}`).toBe(keys.length);
}

/**
 * Write to your MP has a form on every step (postcode, then letter) besides the footer's. On each
 * step an error in one form shows only in that form; with JavaScript the other keeps its state.
 */
async function writeToMpStepsKeepTheirOwnAnswers(page: Page, js: boolean) {
  const postcode = page.getByLabel('Your postcode');
  const postcodeError = page.locator('#wtm-postcode-error');
  const footer = footerForm(page);
  const footerSent = async () => {
    await footer.getByLabel('Email address').fill('footer@');
    if (!js) await page.waitForTimeout(HUMAN_PAUSE_MS);
    await footer.getByRole('button', { name: 'Subscribe' }).click();
    await afterPost(summaryOf(footer)).toBeFocused();
    await expect(footer.getByText('Enter an email address in the correct format')).toHaveCount(2); // summary + field
  };

  await page.goto(WRITE_TO_MP);
  if (js) {
    await hydrated(page, 'form:has(#wtm-postcode)');
    await hydrated(page, 'footer form');
  }
  await expectOwnActionKeys(page, 'the postcode step');
  await postcode.fill('SW1A 0X');
  await page.getByRole('button', { name: 'Find my MP' }).click();
  await afterPost(postcodeError).toContainText('Enter a real UK postcode');
  await expect(postcode).toHaveValue('SW1A 0X');
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(1);
  await expect(footer.getByLabel('Email address')).toHaveValue('');
  await expect(footer.getByLabel('Email address')).not.toHaveAttribute('aria-invalid');

  await footerSent();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(js ? 2 : 1);
  if (js) {
    await expect(postcode).toHaveValue('SW1A 0X');
    await expect(postcodeError).toContainText('Enter a real UK postcode');
  } else {
    // Without JavaScript the footer's answer is a page of its own: back to the action.
    await page.goto(WRITE_TO_MP);
  }

  await postcode.fill('SW1A 0AA');
  await page.getByRole('button', { name: 'Find my MP' }).click();
  const writeLetter = page.getByRole('button', { name: 'Write my letter' });
  await afterPost(writeLetter).toBeVisible();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(js ? 1 : 0);
  // Only server-rendered forms carry an action key: with JavaScript, React draws this step itself.
  if (!js) await expectOwnActionKeys(page, 'the letter step');
  await footerSent();
  // With JavaScript the letter step stays where it was.
  if (js) await expect(writeLetter).toBeVisible();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(1);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an error on the page form stays in it; a footer sign-up answers only in the footer', async ({ page }) => {
    await page.goto('/get-involved');
    await pageForm(page).getByLabel('Email address').fill(BAD_EMAIL);
    await pageForm(page).getByRole('button', { name: 'Subscribe' }).click();
    await expectAnswerOnlyInPageForm(page);

    const email = uniqueEmail('footer-nojs');
    const footer = footerForm(page);
    await footer.getByLabel('Email address').fill(email);
    await footer.getByRole('checkbox').check();
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await footer.getByRole('button', { name: 'Subscribe' }).click();
    await afterPost(footer.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
    await expect(footer.getByRole('status')).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Check your inbox' })).toHaveCount(1);
    await expect(pageForm(page).getByRole('heading', { name: 'Sign up for email updates' })).toBeVisible();
  });

  test('Write to your MP: on each step, each form answers only for itself', async ({ page }) => {
    await writeToMpStepsKeepTheirOwnAnswers(page, false);
  });

  test('on every page, each form has its own action identity, and its action URL renders it again', async ({ page }) => {
    for (const path of PAGES_WITH_FORMS) {
      await page.goto(path);
      const forms = await page.locator('form:has(input[name="$ACTION_KEY"])').evaluateAll((els) =>
        els.map((f) => ({ action: f.getAttribute('action') ?? '', key: (f.querySelector('input[name="$ACTION_KEY"]') as HTMLInputElement).value })),
      );
      expect(forms.length, `forms on ${path}`).toBeGreaterThanOrEqual(2);
      expect(new Set(forms.map((f) => f.key)).size, `action keys on ${path}: ${JSON.stringify(forms)}`).toBe(forms.length);
      for (const form of forms) {
        // A no-JavaScript post shows its answer on the action's page, in the form with the same key.
        const target = new URL(form.action, page.url());
        const html = await (await page.request.get(`${target.pathname}${target.search}`)).text();
        expect(html, `${path}: ${form.action} renders ${form.key}`).toContain(`name="$ACTION_KEY" value="${form.key}"`);
      }
    }
  });
});

test.describe('with JavaScript', () => {
  test('sent before the scripts arrive, the answer and focus stay with the page form after hydration', async ({ page }) => {
    // A slow phone: the page has painted but its JavaScript has not arrived, so the form posts
    // the no-JavaScript way and the answer page then hydrates.
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
    await page.goto('/get-involved');
    await pageForm(page).getByLabel('Email address').fill(BAD_EMAIL);
    await page.unroute('**/_next/static/chunks/*.js');
    await pageForm(page).getByRole('button', { name: 'Subscribe' }).click();
    await hydrated(page);
    await expectAnswerOnlyInPageForm(page);
  });

  test('Write to your MP: on each step, each form answers only for itself', async ({ page }) => {
    await writeToMpStepsKeepTheirOwnAnswers(page, true);
  });

  test('after hydration each form keeps its own answer', async ({ page }) => {
    await page.goto('/get-involved');
    await hydrated(page);
    await hydrated(page, 'footer form');
    await pageForm(page).getByLabel('Email address').fill(BAD_EMAIL);
    await pageForm(page).getByRole('button', { name: 'Subscribe' }).click();
    await expectAnswerOnlyInPageForm(page);

    const footer = footerForm(page);
    await footer.getByLabel('Email address').fill('footer@');
    await footer.getByRole('button', { name: 'Subscribe' }).click();
    await afterPost(summaryOf(footer)).toBeFocused();
    await expect(footer.getByLabel('Email address')).toHaveValue('footer@');
    await expect(pageForm(page).getByLabel('Email address')).toHaveValue(BAD_EMAIL);
    await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(2);
  });
});
