import { defineConfig, devices } from '@playwright/test';
import { E2E_ENV, E2E_PORT, FAKE_EDITOR_ORIGIN } from './tests/e2e/env';

const port = E2E_PORT;
export const baseURL = `http://127.0.0.1:${port}`;

/** Flags that keep Debian's Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'off',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } } }],
  webServer: {
    // A fresh embedded database per run, so tests never see an earlier run's rows. The production
    // front (scripts/serve.mjs) serves it, so the headers and CSP under test are the real ones.
    command: `rm -rf ${E2E_ENV.DATA_DIR} && node scripts/serve.mjs --hostname 127.0.0.1 --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // Live Preview: the fake Contentful editor (tests/support/fake-contentful-editor.ts) may frame drafts.
    env: { ...E2E_ENV, CONTENTFUL_APP_ORIGIN: FAKE_EDITOR_ORIGIN },
  },
});
