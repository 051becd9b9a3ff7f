import { chromium, expect, test, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import { DESTINATION_TEXT, EXIT_URL, documentHits, fakeDestination, reportPaints, waitForQuickExit } from './quick-exit-support';

/*
 * Playwright starts Chromium with the back/forward cache off; real browsers have it on, and it is
 * how a page would come back without running any script. These tests launch Chromium with it on.
 */
let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
});
test.afterAll(async () => {
  await browser.close();
});

/** Records why Chromium did not use the back/forward cache, if it did not. */
async function watchBfcache(cdp: CDPSession) {
  const notUsed: unknown[] = [];
  await cdp.send('Page.enable');
  cdp.on('Page.backForwardCacheNotUsed', (e) => notUsed.push(e.notRestoredExplanations));
  return notUsed;
}

/** Every frame the compositor produced, as PNG data, for checking what was on screen. */
async function recordScreen(cdp: CDPSession) {
  const frames: string[] = [];
  cdp.on('Page.screencastFrame', (f) => {
    frames.push(f.data);
    void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => {});
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  return frames;
}

/**
 * How many pixels of a frame are the quick-exit bar's ink colour (#1d2a44): the bar spans every
 * site page, and neither the blanked page nor the neutral destination has that colour.
 */
async function siteInkPixels(decoder: Page, png: string) {
  return decoder.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let count = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (Math.abs(px[i]! - 0x1d) < 8 && Math.abs(px[i + 1]! - 0x2a) < 8 && Math.abs(px[i + 2]! - 0x44) < 8) count++;
    }
    return count;
  }, png);
}

async function openTwoPages(page: Page) {
  await page.goto('/');
  await waitForQuickExit(page);
  await page.goto('/no/such-page');
  await waitForQuickExit(page);
}

test('after an exit, Back never shows a cached site page: it is evicted, hidden before painting, and leaves again', async ({ baseURL }) => {
  test.slow();
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const decoder = await context.newPage();
  const hits = await fakeDestination(page);
  const { paints, restores } = await reportPaints(page, new URL(baseURL!).origin);
  const cdp = await context.newCDPSession(page);
  const notUsed = await watchBfcache(cdp);

  await openTwoPages(page);
  await page.getByRole('link', { name: 'Exit this site' }).click();
  await page.waitForURL(EXIT_URL);
  const frames = await recordScreen(cdp);
  paints.length = 0;

  // A restore fires no load event, so wait only for the history step to commit.
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL(EXIT_URL);
  await expect(page.getByText(DESTINATION_TEXT)).toBeVisible();
  await page.waitForTimeout(300);

  // Chromium shows a restored page's last frame before any script runs, so the exit must have
  // evicted the home page from the cache (the BroadcastChannel message), not merely hidden it.
  expect(JSON.stringify(notUsed)).toContain('BroadcastChannelOnMessage');
  expect(restores).toEqual([]);
  expect(paints.filter((p) => p.visible)).toEqual([]);
  expect(frames.length).toBeGreaterThan(0);
  for (const frame of frames) expect(await siteInkPixels(decoder, frame)).toBe(0);
  expect(documentHits(hits)).toHaveLength(2);
  expect(documentHits(hits).every((h) => !('referer' in h.headers))).toBe(true);
  await context.close();
});

test('control: in a tab that did not exit, Back restores the site from the cache and shows it', async ({ baseURL }) => {
  test.slow();
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const decoder = await context.newPage();
  await fakeDestination(page);
  const { paints, restores } = await reportPaints(page, new URL(baseURL!).origin);
  const cdp = await context.newCDPSession(page);
  const notUsed = await watchBfcache(cdp);

  await openTwoPages(page);
  const frames = await recordScreen(cdp);
  paints.length = 0;
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.getByRole('main')).toBeVisible();
  await page.waitForTimeout(300);

  expect(page.url()).toBe(`${baseURL}/`);
  expect(notUsed).toEqual([]);
  expect(restores).toEqual([`${baseURL}/`]);
  expect(paints).toEqual([{ persisted: true, visible: true }]);
  // Proves the screen check can see the site when it is shown.
  const inks = await Promise.all(frames.map((f) => siteInkPixels(decoder, f)));
  expect(Math.max(0, ...inks)).toBeGreaterThan(1000);
  await context.close();
});
