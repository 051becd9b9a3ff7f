import type { BrowserContext, Page } from '@playwright/test';
import { field, seed } from '../support/seed';

const settings = seed.entries.find((e) => e.sys.contentType.sys.id === 'siteSettings')!;

/** The seeded exit destination; the e2e site renders it from the seed space. */
export const EXIT_URL = field(settings, 'exitDestinationUrl');
export const EXIT_ORIGIN = new URL(EXIT_URL).origin;
export const DESTINATION_TEXT = 'Neutral destination page';

export interface DestinationHit {
  url: string;
  headers: Record<string, string>;
}

/**
 * Stands in for the destination site at its real address (no internet here), answering with a
 * plain page and recording each request's headers as the browser sent them.
 */
export async function fakeDestination(target: Page | BrowserContext): Promise<DestinationHit[]> {
  const hits: DestinationHit[] = [];
  await target.route(`${EXIT_ORIGIN}/**`, async (route) => {
    hits.push({ url: route.request().url(), headers: await route.request().allHeaders() });
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>Weather</title></head><body style="background:#fff;color:#000"><p>${DESTINATION_TEXT}</p></body></html>`,
    });
  });
  return hits;
}

/** Navigation hits only: the destination page itself, not anything it loads. */
export const documentHits = (hits: DestinationHit[]) => hits.filter((h) => h.url.startsWith(EXIT_URL));

/**
 * Reports, from inside every site page, whether site content could be painted: on the first
 * animation frame of each document (just before its first paint) and of each back/forward cache
 * restore. Console messages survive navigations, unlike exposed bindings or page state.
 */
export async function reportPaints(page: Page, siteOrigin: string): Promise<{ persisted: boolean; visible: boolean }[]> {
  const reports: { persisted: boolean; visible: boolean }[] = [];
  page.on('console', (msg) => {
    if (msg.text().startsWith('qe-paint ')) reports.push(JSON.parse(msg.text().slice('qe-paint '.length)));
  });
  await page.addInitScript((origin) => {
    if (location.origin !== origin) return;
    // The first frame that has the page's main content parsed: the one that could show it.
    const report = (persisted: boolean) =>
      requestAnimationFrame(function frame() {
        const main = document.querySelector('main');
        if (!main) return void requestAnimationFrame(frame);
        const visible = getComputedStyle(document.documentElement).display !== 'none' && main.getClientRects().length > 0;
        console.log(`qe-paint ${JSON.stringify({ persisted, visible })}`);
      });
    report(false);
    addEventListener('pageshow', (e) => {
      if (e.persisted) report(true);
    });
  }, siteOrigin);
  return reports;
}

/** The enhanced control is live once React has attached its handlers; until then it is the plain link. */
export async function waitForQuickExit(page: Page) {
  await page.waitForFunction(() => {
    const link = document.querySelector('[data-quick-exit]');
    return !!link && Object.keys(link).some((k) => k.startsWith('__reactProps'));
  });
}
