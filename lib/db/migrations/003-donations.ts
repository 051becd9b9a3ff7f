import type { Migration } from '../types';

/**
 * Donations, their Gift Aid declarations and the Stripe events already applied.
 * A donation is one gift (one-off) or one commitment (monthly); each money movement is a
 * donation_payments row, because HMRC treats every monthly payment as its own gift.
 * Keyed by Stripe's payment reference so events that arrive before the donation is linked
 * (a refund ahead of its checkout) still land and later converge. Records are kept 6 years
 * (see ARCHITECTURE.md); nothing here deletes them.
 */
export const migration: Migration = {
  id: '003-donations',
  sql: `
    CREATE TABLE IF NOT EXISTS gift_aid_declarations (
      id text PRIMARY KEY,
      title text,
      first_name text NOT NULL,
      last_name text NOT NULL,
      house text NOT NULL,
      postcode text NOT NULL,
      scope text NOT NULL CHECK (scope IN ('this', 'all')),
      wording_version text NOT NULL,
      declared_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE IF NOT EXISTS donations (
      id text PRIMARY KEY,
      amount_pence integer NOT NULL CHECK (amount_pence > 0),
      currency text NOT NULL DEFAULT 'gbp',
      frequency text NOT NULL CHECK (frequency IN ('one_off', 'monthly')),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'active', 'cancelled', 'refunded')),
      provider text NOT NULL CHECK (provider IN ('stripe', 'sandbox')),
      gift_aid boolean NOT NULL DEFAULT false,
      gift_aid_eligible boolean NOT NULL DEFAULT false,
      gift_aid_declaration_id text REFERENCES gift_aid_declarations (id),
      stripe_checkout_session_id text UNIQUE,
      stripe_customer_id text,
      stripe_payment_intent_id text,
      stripe_subscription_id text UNIQUE,
      manage_token_hash text UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      ended_at timestamptz
    );

    CREATE TABLE IF NOT EXISTS donation_payments (
      stripe_ref text PRIMARY KEY,
      donation_id text REFERENCES donations (id),
      amount_pence integer,
      refunded_pence integer NOT NULL DEFAULT 0,
      currency text,
      status text NOT NULL CHECK (status IN ('paid', 'refunded')),
      paid_at timestamptz,
      claimed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS donation_payments_donation_idx ON donation_payments (donation_id);
    CREATE INDEX IF NOT EXISTS donation_payments_unclaimed_idx ON donation_payments (paid_at) WHERE claimed_at IS NULL;

    CREATE TABLE IF NOT EXISTS stripe_events (
      id text PRIMARY KEY,
      type text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
