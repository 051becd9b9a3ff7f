import type { Migration } from '../types';

/**
 * Newsletter: subscribers, an append-only consent log and single-purpose tokens. Tokens are
 * stored only as SHA-256 hashes, so a database leak cannot be turned into working links.
 */
export const migration: Migration = {
  id: '002-newsletter',
  sql: `
    CREATE TABLE newsletter_subscribers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) <= 254),
      first_name text CHECK (length(first_name) <= 50),
      postcode_area text CHECK (length(postcode_area) <= 4),
      status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      confirmed_at timestamptz,
      unsubscribed_at timestamptz,
      last_email_at timestamptz
    );
    CREATE INDEX newsletter_subscribers_status_idx ON newsletter_subscribers (status);

    CREATE TABLE newsletter_consent_wordings (
      version text PRIMARY KEY,
      wording text NOT NULL,
      first_used_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE newsletter_consent_events (
      id bigserial PRIMARY KEY,
      subscriber_id uuid NOT NULL REFERENCES newsletter_subscribers (id) ON DELETE CASCADE,
      action text NOT NULL CHECK (action IN ('requested', 'confirmed', 'unsubscribed')),
      wording_version text REFERENCES newsletter_consent_wordings (version),
      method text NOT NULL,
      source text,
      ip_hash text,
      user_agent_class text NOT NULL DEFAULT 'unknown',
      occurred_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX newsletter_consent_events_subscriber_idx ON newsletter_consent_events (subscriber_id, occurred_at);

    CREATE TABLE newsletter_tokens (
      token_hash text PRIMARY KEY CHECK (length(token_hash) = 64),
      subscriber_id uuid NOT NULL REFERENCES newsletter_subscribers (id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('confirm', 'unsubscribe')),
      wording_version text REFERENCES newsletter_consent_wordings (version),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );
    CREATE INDEX newsletter_tokens_subscriber_idx ON newsletter_tokens (subscriber_id, purpose);
  `,
};
