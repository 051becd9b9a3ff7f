import type { Migration } from '../types';

/**
 * Open letters: signatures, single-use confirm tokens (stored only as SHA-256 hashes), the
 * letter text each signature agreed to, and running tallies of confirmed signatures per
 * constituency. The tallies are what the public count reads, and they survive the purge of a
 * closed letter's personal data (`npm run letters:purge`), which deletes signatures and tokens.
 * `letter_revalidations` is the one shared timestamp that batches page revalidation across
 * instances (lib/letters/revalidation.ts).
 */
export const migration: Migration = {
  id: '005-open-letters',
  sql: `
    CREATE TABLE letter_wordings (
      letter_slug text NOT NULL CHECK (length(letter_slug) <= 100),
      version text NOT NULL CHECK (length(version) <= 64),
      wording text NOT NULL,
      first_used_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (letter_slug, version)
    );

    CREATE TABLE letter_signatures (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      letter_slug text NOT NULL,
      email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
      first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 50),
      last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 50),
      postcode text NOT NULL CHECK (length(postcode) <= 8),
      constituency_code text NOT NULL CHECK (length(constituency_code) <= 40),
      constituency_name text NOT NULL CHECK (length(constituency_name) <= 100),
      show_publicly boolean NOT NULL DEFAULT false,
      -- The newsletter consent wording shown next to the updates box, when it was ticked.
      updates_wording_version text,
      wording_version text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'confirmed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      confirmed_at timestamptz,
      last_email_at timestamptz,
      UNIQUE (letter_slug, email),
      FOREIGN KEY (letter_slug, wording_version) REFERENCES letter_wordings (letter_slug, version),
      CHECK ((status = 'confirmed') = (confirmed_at IS NOT NULL))
    );
    CREATE INDEX letter_signatures_public_idx ON letter_signatures (letter_slug, confirmed_at DESC) WHERE status = 'confirmed' AND show_publicly;

    CREATE TABLE letter_tokens (
      token_hash text PRIMARY KEY CHECK (length(token_hash) = 64),
      signature_id uuid NOT NULL REFERENCES letter_signatures (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );
    CREATE INDEX letter_tokens_signature_idx ON letter_tokens (signature_id);

    CREATE TABLE letter_tallies (
      letter_slug text NOT NULL,
      constituency_code text NOT NULL,
      constituency_name text NOT NULL,
      confirmed integer NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (letter_slug, constituency_code)
    );

    CREATE TABLE letter_revalidations (
      letter_slug text PRIMARY KEY,
      revalidated_at timestamptz NOT NULL,
      pending boolean NOT NULL DEFAULT false
    );

    CREATE TABLE letter_purges (
      letter_slug text PRIMARY KEY,
      purged_at timestamptz NOT NULL DEFAULT now(),
      signatures_deleted integer NOT NULL
    );
  `,
};
