import { expect, type APIRequestContext, type Page } from '@playwright/test';

// Matches MIN_FILL_MS in lib/forms/form-start.ts: the form refuses faster submissions.
export const HUMAN_PAUSE_MS = 2_200;

// Posts go through the database and the mailer; give them longer than a render on a busy machine.
export const afterPost = expect.configure({ timeout: 20_000 });

export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
}

/** React has taken over the form in `selector` (before that, a click submits it the no-JavaScript way). */
export async function hydrated(page: Page, selector = '#signup form') {
  await page.waitForFunction(
    (sel) => {
      const form = document.querySelector(sel);
      return !!form && Object.keys(form).some((k) => k.startsWith('__reactFiber'));
    },
    selector,
    { timeout: 30_000 },
  );
}

/** The embedded database opens on first use (seconds, more on a busy machine): pay that once, up front. */
export async function openDatabase(request: APIRequestContext) {
  const res = await request.post(`/api/newsletter/unsubscribe?token=${'A'.repeat(43)}`, { timeout: 180_000 });
  expect(res.status()).toBe(404);
}
