import { expect, test, type Page } from '@playwright/test';
import { QUICK_EXIT_READY_FLAG } from '@/components/quick-exit/exit-guard-script';
import { expectNoAxeViolations } from './fixtures';
import { DESTINATION_TEXT, EXIT_URL, documentHits, fakeDestination, holdScripts, reportPaints, waitForQuickExit } from './quick-exit-support';

const exitLink = (page: Page) => page.getByRole('complementary', { name: 'Quick exit' }).getByRole('link', { name: 'Exit this site' });

/** Opens two site pages (home, then the root 404 page) so the tab has history to go back to. */
async function openTwoPages(page: Page) {
  await page.goto('/');
  await page.goto('/no/such-page');
  await expect(exitLink(page)).toBeVisible();
  await waitForQuickExit(page);
  return page.evaluate(() => history.length);
}

async function openUnhydrated(page: Page, waitUntil: 'load' | 'commit' = 'load') {
  await page.goto('/', { waitUntil });
  await page.goto('/no/such-page', { waitUntil });
  await expect(exitLink(page)).toBeVisible();
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], QUICK_EXIT_READY_FLAG)).toBeUndefined();
  return page.evaluate(() => history.length);
}

async function expectOnDestination(page: Page, historyLengthBefore: number) {
  await page.waitForURL(EXIT_URL);
  await expect(page.getByText(DESTINATION_TEXT)).toBeVisible();
  // Replaced, not pushed: the page the reader exited from is no longer in this tab's history.
  expect(await page.evaluate(() => history.length)).toBe(historyLengthBefore);
}

test.describe('quick exit control', () => {
  test('is the second tab stop, a plain same-window link with no referrer, with a shortcut hint', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Skip to main content');
    await page.keyboard.press('Tab');
    await expect(exitLink(page)).toBeFocused();
    await expect(exitLink(page)).toHaveAttribute('href', EXIT_URL);
    await expect(exitLink(page)).toHaveAttribute('rel', 'noreferrer');
    await expect(exitLink(page)).not.toHaveAttribute('target', /.*/);
    const aside = page.getByRole('complementary', { name: 'Quick exit' });
    await expect(aside).toContainText('Esc twice');
    await expect(aside.getByRole('link', { name: 'How to cover your tracks' })).toHaveAttribute('href', '/cover-your-tracks');
  });

  test('click leaves by replacing the page, and the destination gets no Referer', async ({ page }) => {
    const hits = await fakeDestination(page);
    const before = await openTwoPages(page);
    await exitLink(page).click();
    await expectOnDestination(page, before);
    expect(documentHits(hits)).toHaveLength(1);
    expect(documentHits(hits)[0]!.headers).not.toHaveProperty('referer');
  });

  test('Escape twice leaves, even from inside a form field', async ({ page }) => {
    await fakeDestination(page);
    const before = await openTwoPages(page);
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<label>Name <input id="qe-field"></label>'));
    await page.locator('#qe-field').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectOnDestination(page, before);
  });

  test('Shift three times (left and right mixed) leaves, counting up on screen first', async ({ page }) => {
    const hits = await fakeDestination(page);
    const before = await openTwoPages(page);
    const status = page.getByRole('complementary', { name: 'Quick exit' }).getByRole('status');
    await expect(status).toHaveText('');
    await page.keyboard.press('ShiftLeft');
    await expect(status).toHaveText('Shift: press 2 more times to exit');
    await page.keyboard.press('ShiftRight');
    await expect(status).toHaveText('Shift: press 1 more time to exit');
    await page.keyboard.press('ShiftLeft');
    await expectOnDestination(page, before);
    expect(documentHits(hits)[0]!.headers).not.toHaveProperty('referer');
  });

  test('typing capitals or tapping Shift in a form field never leaves, and a held Shift counts once', async ({ page }) => {
    await fakeDestination(page);
    await openTwoPages(page);
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<label>Name <input id="qe-field"></label>'));
    const field = page.locator('#qe-field');
    await field.focus();
    for (const key of ['KeyA', 'KeyB', 'KeyC']) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(key);
      await page.keyboard.up('Shift');
    }
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(field).toHaveValue('ABC');
    await field.blur();
    // One long press: the browser sends repeats, which must not add up to three presses.
    await page.keyboard.down('Shift');
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', repeat: true }));
    });
    await page.keyboard.up('Shift');
    await expect(page.getByRole('status')).toHaveText('Shift: press 2 more times to exit');
    await page.waitForTimeout(300);
    expect(page.url()).not.toBe(EXIT_URL);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test('keyboard only: Tab to the control and press Enter', async ({ page }) => {
    await fakeDestination(page);
    const before = await openTwoPages(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(exitLink(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expectOnDestination(page, before);
  });

  test('Ctrl-click still leaves in the same tab, never opening a new one', async ({ page, context }) => {
    await fakeDestination(page);
    const before = await openTwoPages(page);
    await exitLink(page).click({ modifiers: ['ControlOrMeta'] });
    await expectOnDestination(page, before);
    expect(context.pages()).toHaveLength(1);
  });

  test('Back after an exit never shows the site: the page leaves again before painting', async ({ page, baseURL }) => {
    const hits = await fakeDestination(page);
    const { paints } = await reportPaints(page, new URL(baseURL!).origin);
    const before = await openTwoPages(page);
    // Proves the check sees ordinary pages as visible.
    expect(paints).toEqual([
      { persisted: false, visible: true },
      { persisted: false, visible: true },
    ]);
    paints.length = 0;

    await exitLink(page).click();
    await expectOnDestination(page, before);
    await page.goBack();
    await page.waitForURL(EXIT_URL);
    await expect(page.getByText(DESTINATION_TEXT)).toBeVisible();
    expect(paints.filter((p) => p.visible)).toEqual([]);
    expect(documentHits(hits).length).toBe(2);
    expect(documentHits(hits).every((h) => !('referer' in h.headers))).toBe(true);
  });

  test('a tab that never used quick exit goes Back normally', async ({ page }) => {
    await fakeDestination(page);
    await openTwoPages(page);
    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('main')).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page).toHaveURL('/');
  });

  test('the control has no axe violations on the 404 page', async ({ page }) => {
    await page.goto('/no/such-page');
    await expectNoAxeViolations(page, 'aside[aria-label="Quick exit"]');
  });

  test('the control has no axe violations on the home page, also while counting Shift presses', async ({ page }) => {
    test.slow();
    await page.goto('/');
    await expectNoAxeViolations(page, 'aside[aria-label="Quick exit"]');
    await waitForQuickExit(page);
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status')).not.toHaveText('');
    await expectNoAxeViolations(page, 'aside[aria-label="Quick exit"]');
  });

  // 320 CSS px is WCAG reflow (1280 px at 400%); 640 x 360 is a 1280 x 720 screen at 200% zoom.
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 640, height: 360 },
  ]) {
    test(`stays visible and usable at ${viewport.width} x ${viewport.height} CSS px, scrolled or not`, async ({ page }) => {
      await fakeDestination(page);
      await page.setViewportSize(viewport);
      await page.goto('/');
      await waitForQuickExit(page);
      const link = exitLink(page);
      await expect(link).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const box = (await link.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(24);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await expect(link).toBeInViewport({ ratio: 1 });
      await link.click();
      await page.waitForURL(EXIT_URL);
    });
  }
});

test.describe('quick exit before the page has hydrated', () => {
  // The site's scripts never arrive (a slow phone still fetching them): only the inline guard runs.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
  });


  test('a click on the exit link leaves by replacing the page', async ({ page }) => {
    await fakeDestination(page);
    const before = await openUnhydrated(page);
    await exitLink(page).click();
    await expectOnDestination(page, before);
  });

  test('Escape twice leaves by replacing the page', async ({ page }) => {
    await fakeDestination(page);
    const before = await openUnhydrated(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectOnDestination(page, before);
  });
});

test.describe('quick exit while the page JavaScript is still on its way', () => {
  test('Shift three times leaves from first paint', async ({ page }) => {
    await fakeDestination(page);
    await holdScripts(page);
    const before = await openUnhydrated(page, 'commit');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expectOnDestination(page, before);
  });

  test('Shift pressed before hydration counts with the presses after it', async ({ page }) => {
    await fakeDestination(page);
    const release = await holdScripts(page);
    const before = await openUnhydrated(page, 'commit');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    release();
    await waitForQuickExit(page);
    await page.keyboard.press('Shift');
    await expectOnDestination(page, before);
  });
});

test.describe('quick exit without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the plain link goes to the destination with no Referer', async ({ page }) => {
    const hits = await fakeDestination(page);
    await page.goto('/no/such-page');
    await exitLink(page).click();
    await page.waitForURL(EXIT_URL);
    await expect(page.getByText(DESTINATION_TEXT)).toBeVisible();
    expect(documentHits(hits)).toHaveLength(1);
    expect(documentHits(hits)[0]!.headers).not.toHaveProperty('referer');
  });
});

test('control: the fake destination does record a Referer when a page allows one', async ({ page, baseURL }) => {
  const hits = await fakeDestination(page);
  // A site page with its referrer policy loosened in the test, to prove the recording can see the header.
  await page.route(`${baseURL}/referrer-probe`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Referrer-Policy': 'unsafe-url' },
      body: `<!doctype html><title>probe</title><a href="${EXIT_URL}">go</a>`,
    }),
  );
  await page.goto('/referrer-probe');
  await page.getByRole('link', { name: 'go' }).click();
  await page.waitForURL(EXIT_URL);
  expect(documentHits(hits)[0]!.headers.referer).toBe(`${baseURL}/referrer-probe`);
});

test('the site leaves no trace it does not need: no cookies, localStorage, service worker or third-party requests', async ({ page, context, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  for (const path of ['/', '/no/such-page']) {
    await page.goto(path);
    await waitForQuickExit(page);
  }
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // Before an exit, the tab holds nothing at all; the exit mark is the only thing it ever adds.
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('the hint links to the cover-your-tracks guidance, which covers what the issue lists', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('complementary', { name: 'Quick exit' }).getByRole('link', { name: 'How to cover your tracks' }).click();
  await expect(page).toHaveURL('/cover-your-tracks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cover your tracks online');
  for (const heading of ['What your browser remembers', 'Private or incognito browsing', 'Shared accounts and synced devices', 'Where to get help']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Cover your tracks' })).toHaveAttribute('href', '/cover-your-tracks');
});
