import type { Queryable } from '@/lib/db';
import { camelRow } from '@/lib/db/rows';
import type { ConsentVersion } from './consent';
import type { UserAgentClass } from './user-agent';

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';
export type ConsentAction = 'requested' | 'confirmed' | 'unsubscribed';
export type TokenPurpose = 'confirm' | 'unsubscribe';

export interface Subscriber {
  id: string;
  email: string;
  firstName: string | null;
  status: SubscriberStatus;
}

export interface ConsentEvent {
  subscriberId: string;
  action: ConsentAction;
  wordingVersion: ConsentVersion | null;
  /** How: form, confirm-page, one-click, unsubscribe-link, unsubscribe-form. */
  method: string;
  source: string | null;
  ipHash: string | null;
  userAgentClass: UserAgentClass;
  at: Date;
}

export interface StoredToken {
  subscriberId: string;
  email: string;
  firstName: string | null;
  status: SubscriberStatus;
  wordingVersion: ConsentVersion | null;
  expiresAt: Date;
  usedAt: Date | null;
}

interface SubscriberRow {
  id: string;
  email: string;
  first_name: string | null;
  status: SubscriberStatus;
}

/**
 * Creates a pending subscriber, or takes a new request for an existing one. A confirmed
 * subscriber's details are never overwritten by an unconfirmed form post; anyone else goes
 * (back) to pending with the details just given.
 */
export async function upsertForSignup(
  q: Queryable,
  input: { email: string; firstName: string | null; postcodeArea: string | null },
  at: Date,
): Promise<Subscriber> {
  const { rows } = await q.query<SubscriberRow>(
    `INSERT INTO newsletter_subscribers AS s (email, first_name, postcode_area, status, created_at, updated_at)
     VALUES ($1, $2, $3, 'pending', $4, $4)
     ON CONFLICT (email) DO UPDATE SET
       first_name = CASE WHEN s.status = 'confirmed' THEN s.first_name ELSE EXCLUDED.first_name END,
       postcode_area = CASE WHEN s.status = 'confirmed' THEN s.postcode_area ELSE EXCLUDED.postcode_area END,
       status = CASE WHEN s.status = 'confirmed' THEN 'confirmed' ELSE 'pending' END,
       updated_at = EXCLUDED.updated_at
     RETURNING id, email, first_name, status`,
    [input.email, input.firstName, input.postcodeArea, at],
  );
  return camelRow(rows[0]!);
}

export async function findSubscriberByEmail(q: Queryable, email: string): Promise<Subscriber | null> {
  const { rows } = await q.query<SubscriberRow>('SELECT id, email, first_name, status FROM newsletter_subscribers WHERE email = $1', [email]);
  return rows[0] ? camelRow(rows[0]) : null;
}

export async function ensureWording(q: Queryable, version: ConsentVersion, wording: string): Promise<void> {
  await q.query('INSERT INTO newsletter_consent_wordings (version, wording) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING', [version, wording]);
}

export async function addConsentEvent(q: Queryable, e: ConsentEvent): Promise<void> {
  await q.query(
    `INSERT INTO newsletter_consent_events (subscriber_id, action, wording_version, method, source, ip_hash, user_agent_class, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [e.subscriberId, e.action, e.wordingVersion, e.method, e.source, e.ipHash, e.userAgentClass, e.at],
  );
}

export async function insertToken(
  q: Queryable,
  t: { hash: string; subscriberId: string; purpose: TokenPurpose; wordingVersion: ConsentVersion | null; at: Date; expiresAt: Date },
): Promise<void> {
  await q.query(
    `INSERT INTO newsletter_tokens (token_hash, subscriber_id, purpose, wording_version, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [t.hash, t.subscriberId, t.purpose, t.wordingVersion, t.at, t.expiresAt],
  );
}

export async function findToken(q: Queryable, hash: string, purpose: TokenPurpose): Promise<StoredToken | null> {
  const { rows } = await q.query<{
    subscriber_id: string;
    email: string;
    first_name: string | null;
    status: SubscriberStatus;
    wording_version: ConsentVersion | null;
    expires_at: Date;
    used_at: Date | null;
  }>(
    `SELECT t.subscriber_id, s.email, s.first_name, s.status, t.wording_version, t.expires_at, t.used_at
     FROM newsletter_tokens t JOIN newsletter_subscribers s ON s.id = t.subscriber_id
     WHERE t.token_hash = $1 AND t.purpose = $2`,
    [hash, purpose],
  );
  const r = rows[0];
  return r ? { ...camelRow(r), expiresAt: new Date(r.expires_at), usedAt: r.used_at ? new Date(r.used_at) : null } : null;
}

/** Spends a confirm token: succeeds for exactly one caller, and only before it expires. */
export async function spendConfirmToken(q: Queryable, hash: string, at: Date): Promise<{ subscriberId: string; wordingVersion: ConsentVersion | null } | null> {
  const { rows } = await q.query<{ subscriber_id: string; wording_version: ConsentVersion | null }>(
    `UPDATE newsletter_tokens SET used_at = $2
     WHERE token_hash = $1 AND purpose = 'confirm' AND used_at IS NULL AND expires_at > $2
     RETURNING subscriber_id, wording_version`,
    [hash, at],
  );
  return rows[0] ? camelRow(rows[0]) : null;
}

export async function markTokenUsed(q: Queryable, hash: string, at: Date): Promise<void> {
  await q.query('UPDATE newsletter_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL', [hash, at]);
}

export async function setConfirmed(q: Queryable, subscriberId: string, at: Date): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE newsletter_subscribers SET status = 'confirmed', confirmed_at = $2, updated_at = $2 WHERE id = $1 AND status = 'pending'`,
    [subscriberId, at],
  );
  return rowCount > 0;
}

/** Unsubscribes and voids any confirm links still in inboxes. True when the status changed. */
export async function setUnsubscribed(q: Queryable, subscriberId: string, at: Date): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE newsletter_subscribers SET status = 'unsubscribed', unsubscribed_at = $2, updated_at = $2 WHERE id = $1 AND status <> 'unsubscribed'`,
    [subscriberId, at],
  );
  await q.query(`UPDATE newsletter_tokens SET used_at = $2 WHERE subscriber_id = $1 AND purpose = 'confirm' AND used_at IS NULL`, [subscriberId, at]);
  return rowCount > 0;
}

/**
 * Takes the address's one email slot per window, atomically, so concurrent requests and
 * several instances still send at most one message per address per window.
 */
export async function claimEmailSlot(q: Queryable, subscriberId: string, at: Date, windowMs: number): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE newsletter_subscribers SET last_email_at = $2
     WHERE id = $1 AND (last_email_at IS NULL OR last_email_at <= $3)`,
    [subscriberId, at, new Date(at.getTime() - windowMs)],
  );
  return rowCount > 0;
}

/** Gives the slot back when the send failed, so the person can try again at once. */
export async function releaseEmailSlot(q: Queryable, subscriberId: string, claimedAt: Date): Promise<void> {
  await q.query('UPDATE newsletter_subscribers SET last_email_at = NULL WHERE id = $1 AND last_email_at = $2', [subscriberId, claimedAt]);
}

export interface ConfirmedSubscriberRecord {
  email: string;
  firstName: string | null;
  postcodeArea: string | null;
  confirmedAt: Date;
  consentVersion: string | null;
  consentGivenAt: Date | null;
}

/** Confirmed subscribers with the consent event that made them so (the latest confirmation). */
export async function listConfirmed(q: Queryable): Promise<ConfirmedSubscriberRecord[]> {
  const { rows } = await q.query<{
    email: string;
    first_name: string | null;
    postcode_area: string | null;
    confirmed_at: Date;
    wording_version: string | null;
    occurred_at: Date | null;
  }>(
    `SELECT s.email, s.first_name, s.postcode_area, s.confirmed_at, e.wording_version, e.occurred_at
     FROM newsletter_subscribers s
     LEFT JOIN LATERAL (
       SELECT wording_version, occurred_at FROM newsletter_consent_events
       WHERE subscriber_id = s.id AND action = 'confirmed' ORDER BY occurred_at DESC, id DESC LIMIT 1
     ) e ON true
     WHERE s.status = 'confirmed'
     ORDER BY s.confirmed_at, s.email`,
  );
  return rows.map((r) => ({
    email: r.email,
    firstName: r.first_name,
    postcodeArea: r.postcode_area,
    confirmedAt: new Date(r.confirmed_at),
    consentVersion: r.wording_version,
    consentGivenAt: r.occurred_at ? new Date(r.occurred_at) : null,
  }));
}
