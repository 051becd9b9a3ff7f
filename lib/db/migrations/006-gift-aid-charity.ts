import type { Migration } from '../types';

/**
 * Each Gift Aid declaration keeps the name of the charity it was made to, as the donor read it:
 * HMRC accepts a claim only from the charity a declaration names, and the operator's name comes
 * from the CMS, so it can change after the declaration. Declarations made before this column
 * existed were worded to the campaign (wording version hmrc-model-2026-1), so they keep that.
 */
export const migration: Migration = {
  id: '006-gift-aid-charity',
  sql: `
    ALTER TABLE gift_aid_declarations ADD COLUMN IF NOT EXISTS charity_name text;
    UPDATE gift_aid_declarations SET charity_name = '#FixTheCMS' WHERE charity_name IS NULL;
    ALTER TABLE gift_aid_declarations ALTER COLUMN charity_name SET NOT NULL;
  `,
};
