/** Secrets and settings the end-to-end server runs with; tests import them to sign requests. */
export const E2E_ENV = {
  SITE_URL: 'http://localhost:3000',
  LOG_LEVEL: 'warn',
  DATA_DIR: '.data/e2e',
  CONTENTFUL_PREVIEW_SECRET: 'e2e-preview-secret-0123456789',
  CONTENTFUL_WEBHOOK_SECRET: 'e2e-webhook-secret-0123456789',
  HASH_SALT: 'e2e-hash-salt-0123456789',
} as const;
