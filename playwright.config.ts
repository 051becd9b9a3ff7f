import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { imageShellCommand, runtimeStage } from './scripts/image-layout.mjs';
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
    // The image's CMD in the build laid out as the image (tests/support/e2e-build.mjs), with the
    // image's ENV defaults, so the headers, CSP and forms under test are the ones that ship. A fresh
    // embedded database per run, so tests never see an earlier run's rows.
    command: `rm -rf ${E2E_ENV.DATA_DIR} && ${imageShellCommand()}`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // Live Preview: the fake Contentful editor (tests/support/fake-contentful-editor.ts) may frame drafts.
    env: { ...runtimeStage().env, ...E2E_ENV, CONTENTFUL_APP_ORIGIN: FAKE_EDITOR_ORIGIN, DATA_DIR: path.resolve(E2E_ENV.DATA_DIR), HOSTNAME: '127.0.0.1', PORT: String(port) },
  },
});
