import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { watchPage } from './security-helpers';
import { expectValidHtml } from './support/nu-check';

const ACTION = '/act/write-to-your-mp-for-a-review';
const POSTCODE = /sw1a|0aa/i;
test.describe.configure({ timeout: 90_000 });
// Lookups and letters go through a server action and the database: slower than a render on a busy box.
const afterPost = expect.configure({ timeout: 30_000 });

// The embedded database opens on first use (seconds, more on a busy machine): pay that once, up front.
test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  const res = await request.post(`/api/newsletter/unsubscribe?token=${'A'.repeat(43)}`, { timeout: 180_000 });
  expect(res.status()).toBe(404);
});

/** React has taken over the form (before that, a click submits it the no-JavaScript way). */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector('#wtm-postcode')?.closest('form');
    return !!form && Object.keys(form).some((k) => k.startsWith('__reactFiber'));
  }, undefined, { timeout: 30_000 });
}

function parseMailto(href: string) {
  const url = new URL(href);
  const body = url.search.split('body=')[1];
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'), body: body === undefined ? null : decodeURIComponent(body) };
}

for (const js of [true, false]) {
  test.describe(js ? 'write to your MP, with JavaScript' : 'write to your MP, without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('SW1A 0AA → sample MP → letter → a mailto link with the address, subject and chosen points', async ({ page }) => {
      const guard = watchPage(page);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(ACTION);
      await expect(page.getByText('Sample data: not real MPs')).toBeVisible();
      if (js) await expectNoAxeViolations(page);
      if (js) await hydrated(page);

      await page.getByLabel('Your postcode').fill('sw1a 0aa');
      await page.getByRole('button', { name: 'Find my MP' }).click();
      await afterPost(page.getByText('Ms Alex Sample', { exact: true })).toBeVisible();
      await expect(page.getByText('alex.sample.mp@parliament.example').first()).toBeVisible();
      if (js) await expectNoAxeViolations(page);
      else expectValidHtml(await page.content(), 'the letter step');

      // Two points and a few lines fit in a mailto: link; every point at once needs "Copy the letter" (unit-tested).
      for (const point of ['The problems run through the whole service', 'Maintenance that is paid lifts children out of poverty', 'New laws are welcome but do not go far enough']) {
        await page.getByLabel(point).uncheck();
      }
      await page.getByLabel('In your own words').fill('My children & I waited 3 years. #FixTheCMS\n\nSiân’s story too.');
      await page.getByRole('button', { name: 'Write my letter' }).click();
      await afterPost(page.getByRole('heading', { name: 'Your letter to Ms Alex Sample is ready' })).toBeVisible();
      if (js) await expectNoAxeViolations(page);
      else expectValidHtml(await page.content(), 'the send step');

      const mail = parseMailto((await page.locator('#wtm-mailto').getAttribute('href'))!);
      expect(mail.to).toBe('alex.sample.mp@parliament.example');
      expect(mail.subject).toBe('Please back a root-and-branch review of the Child Maintenance Service');
      expect(mail.body).toContain('Dear Ms Sample,\r\n\r\n');
      expect(mail.body).toContain('£547.9m');
      expect(mail.body).toContain('86% said the CMS had let their ex-partner');
      expect(mail.body).not.toContain('Two laws on the CMS were passed in 2023');
      expect(mail.body).toContain('My children & I waited 3 years. #FixTheCMS\r\n\r\nSiân’s story too.');
      expect(await page.locator('#wtm-letter').inputValue()).toBe(mail.body!.replace(/\r\n/g, '\n'));

      expect(requests.filter((u) => POSTCODE.test(u)), 'the postcode in a URL').toEqual([]);
      expect(page.url()).toMatch(new RegExp(`${ACTION}$`));
      // expectClean() reads the page's own CSP log, which needs script in the page.
      if (js) await guard.expectClean();
      else expect(guard.foreignRequests, 'requests to other origins').toEqual([]);
    });

    test('a bad postcode keeps what was typed and shows the error next to the field', async ({ page }) => {
      await page.goto(ACTION);
      if (js) await hydrated(page);
      await page.getByLabel('Your postcode').fill('SW1A 0X');
      await page.getByRole('button', { name: 'Find my MP' }).click();
      const error = page.locator('#wtm-postcode-error');
      await afterPost(error).toHaveText('Error: Enter a real UK postcode, for example SW1A 0AA');
      await expect(page.getByLabel('Your postcode')).toHaveValue('SW1A 0X');
      await expect(page.getByLabel('Your postcode')).toHaveAttribute('aria-describedby', /wtm-postcode-error/);
      await expect(page.getByRole('link', { name: 'Enter a real UK postcode, for example SW1A 0AA' })).toHaveAttribute('href', '#wtm-postcode');
      if (js) await expectNoAxeViolations(page);
      else expectValidHtml(await page.content(), 'the postcode step with an error');

      await page.getByLabel('Your postcode').fill('JE2 4WE');
      await page.getByRole('button', { name: 'Find my MP' }).click();
      await afterPost(error).toContainText('Jersey, Guernsey and the Isle of Man have their own parliaments');
      await page.getByLabel('Your postcode').fill('M1 1AE');
      await page.getByRole('button', { name: 'Find my MP' }).click();
      await afterPost(error).toContainText('Canal Side Sample (England) has no MP at the moment');
      await expect(page.getByLabel('Your postcode')).toHaveValue('M1 1AE');
      await page.getByLabel('Your postcode').fill('EC1A 1BB');
      await page.getByRole('button', { name: 'Find my MP' }).click();
      await afterPost(error).toContainText('We could not look up your MP just now');
    });
  });
}

test('an MP without a published email: the contact page and the letter to copy', async ({ page }) => {
  await page.goto(ACTION);
  await hydrated(page);
  await page.getByLabel('Your postcode').fill('BT4 3XX');
  await page.getByRole('button', { name: 'Find my MP' }).click();
  await afterPost(page.getByText('Mr Ciarán Sampla does not publish an email address')).toBeVisible();
  await page.getByRole('button', { name: 'Write my letter' }).click();
  await afterPost(page.getByRole('link', { name: 'Mr Ciarán Sampla’s contact page' })).toHaveAttribute('href', 'https://members.parliament.example/member/sample-mp-4/contact');
  await expect(page.locator('#wtm-mailto')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy the letter' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the action is linked from the home page, /get-involved, its policy ask, a chosen article and /act', async ({ page }) => {
  for (const path of ['/', '/get-involved', '/asks/root-and-branch-review', '/news/opfs-value-for-money-report', '/act']) {
    await page.goto(path);
    await expect(page.locator(`a[href="${ACTION}"]`).first(), path).toBeVisible();
  }
  await page.goto('/act');
  await expectNoAxeViolations(page);
});
