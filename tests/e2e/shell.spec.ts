import { expect, test } from '@playwright/test';
import { field, publishedOfType, seed } from '../support/seed';
import { expectNoAxeViolations } from './fixtures';

const settings = seed.entries.find((e) => e.sys.contentType.sys.id === 'siteSettings')!;

test('home page shows the campaign name and a seeded stat', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('banner')).toContainText(field(settings, 'campaignName'));
  const stat = publishedOfType('campaignStat')[0]!;
  await expect(page.getByText(field(stat, 'label'), { exact: true }).first()).toBeVisible();
  await expect(page.getByText(field(stat, 'value'), { exact: true }).first()).toBeVisible();
});

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveText('Skip to main content');
  await expect(focused).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the site shell has no axe violations', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
});
