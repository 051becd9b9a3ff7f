/** Secrets and settings the end-to-end server runs with; tests import them to sign requests. */
export const E2E_ENV = {
  SITE_URL: 'http://localhost:3000',
  LOG_LEVEL: 'warn',
  DATA_DIR: '.data/e2e',
  CONTENTFUL_PREVIEW_SECRET: 'e2e-preview-secret-0123456789',
  CONTENTFUL_WEBHOOK_SECRET: 'e2e-webhook-secret-0123456789',
  HASH_SALT: 'e2e-hash-salt-0123456789',
} as const;

/**
 * The site's port. Specs that start servers of their own take fixed offsets from it, one range
 * each, because specs run in parallel: publish harness +1/+2, scale-out +4/+5, made-up URLs
 * +11/+12, edge +20…+24, image +30…+32, hostile requests +35, write-to-MP logs +40, and the
 * loopback stand-in for Contentful's editor +50/+51 (another site: localhost, not 127.0.0.1).
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const FAKE_EDITOR_PORT = E2E_PORT + 50;
export const FAKE_EDITOR_ORIGIN = `http://localhost:${FAKE_EDITOR_PORT}`;
