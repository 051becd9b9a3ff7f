/** Secrets and settings the end-to-end server runs with; tests import them to sign requests. */
export const E2E_ENV = {
  SITE_URL: 'http://localhost:3000',
  LOG_LEVEL: 'warn',
  DATA_DIR: '.data/e2e',
  CONTENTFUL_PREVIEW_SECRET: 'e2e-preview-secret-0123456789',
  CONTENTFUL_WEBHOOK_SECRET: 'e2e-webhook-secret-0123456789',
  HASH_SALT: 'e2e-hash-salt-0123456789',
} as const;

/** The site's port, and the loopback stand-in for Contentful's editor one above it (another site: localhost, not 127.0.0.1). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const FAKE_EDITOR_PORT = E2E_PORT + 1;
export const FAKE_EDITOR_ORIGIN = `http://localhost:${FAKE_EDITOR_PORT}`;
