import type { BrowserContext, Page } from '@playwright/test';
import { QUICK_EXIT_READY_FLAG } from '@/components/quick-exit/exit-guard-script';
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

export interface PaintReports {
  /** One per site document or cache restore that reached a frame with its main content parsed. */
  paints: { persisted: boolean; visible: boolean }[];
  /** pageshow events with persisted = true: restores from the back/forward cache. */
  restores: string[];
}

/**
 * Reports, from inside every site page, whether site content could be painted: on the first
 * animation frame of each document (just before its first paint) and of each back/forward cache
 * restore. Console messages survive navigations, unlike exposed bindings or page state; Chromium
 * replays a restored page's earlier messages, so each carries an id and repeats are dropped.
 */
export async function reportPaints(page: Page, siteOrigin: string): Promise<PaintReports> {
  const reports: PaintReports = { paints: [], restores: [] };
  const seen = new Set<string>();
  page.on('console', (msg) => {
    const text = msg.text();
    if (!text.startsWith('qe-') || seen.has(text)) return;
    seen.add(text);
    const data = JSON.parse(text.slice(text.indexOf(' ') + 1));
    if (text.startsWith('qe-paint ')) reports.paints.push({ persisted: data.persisted, visible: data.visible });
    if (text.startsWith('qe-restore ')) reports.restores.push(data.url);
  });
  await page.addInitScript((origin) => {
    if (location.origin !== origin) return;
    const log = (kind: string, data: object) => console.log(`qe-${kind} ${JSON.stringify({ ...data, id: crypto.randomUUID() })}`);
    // The first frame that has the page's main content parsed: the one that could show it.
    const report = (persisted: boolean) =>
      requestAnimationFrame(function frame() {
        const main = document.querySelector('main');
        if (!main) return void requestAnimationFrame(frame);
        const visible = getComputedStyle(document.documentElement).display !== 'none' && main.getClientRects().length > 0;
        log('paint', { persisted, visible });
      });
    report(false);
    addEventListener('pageshow', (e) => {
      if (!e.persisted) return;
      log('restore', { url: location.href });
      report(true);
    });
  }, siteOrigin);
  return reports;
}

/** The enhanced control is live once React has attached its handlers; until then it is the plain link. */
export async function waitForQuickExit(page: Page) {
  // Set by the hydrated control once its key listener is attached.
  await page.waitForFunction((flag) => (window as unknown as Record<string, unknown>)[flag] === true, QUICK_EXIT_READY_FLAG);
}

/** Holds the page's scripts until `release()`, as a slow phone would: the page paints, unhydrated. */
export async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await released;
    await route.continue().catch(() => undefined);
  });
  return release;
}
