import type { Migration } from '../types';

/**
 * Letters to MPs started, counted per action and constituency: the only trace the write-to-your-MP
 * flow leaves. No postcode, name, letter, address, IP or per-letter timestamp: one counter per
 * (action, data source, constituency) and the days it was first and last moved. `source` keeps
 * sandbox counts (fictional constituencies) apart from real ones on a site that switches over.
 */
export const migration: Migration = {
  id: '004-letters-started',
  sql: `
    CREATE TABLE letters_started (
      action_slug text NOT NULL CHECK (length(action_slug) BETWEEN 1 AND 100),
      source text NOT NULL CHECK (source IN ('sandbox', 'parliament')),
      constituency_id text NOT NULL CHECK (length(constituency_id) BETWEEN 1 AND 40),
      constituency_name text NOT NULL CHECK (length(constituency_name) BETWEEN 1 AND 150),
      letters integer NOT NULL CHECK (letters >= 0),
      first_on date NOT NULL DEFAULT current_date,
      last_on date NOT NULL DEFAULT current_date,
      PRIMARY KEY (action_slug, source, constituency_id)
    );
  `,
};
