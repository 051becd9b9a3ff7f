import type { Migration } from '../types';

/** Shared infrastructure tables; feature tables come in their own migrations. */
export const migration: Migration = {
  id: '001-init',
  sql: `
    CREATE TABLE IF NOT EXISTS app_meta (
      key text PRIMARY KEY,
      value text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
