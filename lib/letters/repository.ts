import type { Queryable } from '@/lib/db';
import { camelRow } from '@/lib/db/rows';
import type { CountArea } from './constituency';

export type SignatureStatus = 'pending' | 'confirmed';

export interface SignatureRecord {
  letterSlug: string;
  email: string;
  firstName: string;
  lastName: string;
  postcode: string;
  area: CountArea;
  showPublicly: boolean;
  updatesWordingVersion: string | null;
  wordingVersion: string;
}

export interface Signature {
  id: string;
  email: string;
  firstName: string;
  status: SignatureStatus;
}

/** Keeps the text of each version of a letter that anyone signed, so every signature can be read against it. */
export async function ensureWording(q: Queryable, slug: string, version: string, wording: string): Promise<void> {
  await q.query('INSERT INTO letter_wordings (letter_slug, version, wording) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [slug, version, wording]);
}

/**
 * Creates a pending signature, or takes a new post for an existing one. The (letter, email)
 * unique key means one person is one row however often they sign; a confirmed signature's
 * details are never overwritten by an unconfirmed post.
 */
export async function upsertForSigning(q: Queryable, r: SignatureRecord, at: Date): Promise<Signature> {
  const { rows } = await q.query<{ id: string; email: string; first_name: string; status: SignatureStatus }>(
    `INSERT INTO letter_signatures AS s (letter_slug, email, first_name, last_name, postcode, constituency_code, constituency_name,
       show_publicly, updates_wording_version, wording_version, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11, $11)
     ON CONFLICT (letter_slug, email) DO UPDATE SET
       first_name = CASE WHEN s.status = 'confirmed' THEN s.first_name ELSE EXCLUDED.first_name END,
       last_name = CASE WHEN s.status = 'confirmed' THEN s.last_name ELSE EXCLUDED.last_name END,
       postcode = CASE WHEN s.status = 'confirmed' THEN s.postcode ELSE EXCLUDED.postcode END,
       constituency_code = CASE WHEN s.status = 'confirmed' THEN s.constituency_code ELSE EXCLUDED.constituency_code END,
       constituency_name = CASE WHEN s.status = 'confirmed' THEN s.constituency_name ELSE EXCLUDED.constituency_name END,
       show_publicly = CASE WHEN s.status = 'confirmed' THEN s.show_publicly ELSE EXCLUDED.show_publicly END,
       updates_wording_version = CASE WHEN s.status = 'confirmed' THEN s.updates_wording_version ELSE EXCLUDED.updates_wording_version END,
       wording_version = CASE WHEN s.status = 'confirmed' THEN s.wording_version ELSE EXCLUDED.wording_version END,
       updated_at = EXCLUDED.updated_at
     RETURNING id, email, first_name, status`,
    [r.letterSlug, r.email, r.firstName, r.lastName, r.postcode, r.area.code, r.area.name, r.showPublicly, r.updatesWordingVersion, r.wordingVersion, at],
  );
  return camelRow(rows[0]!);
}

/** One email per signature per window, taken atomically so concurrent posts and instances send one. */
export async function claimEmailSlot(q: Queryable, signatureId: string, at: Date, windowMs: number): Promise<boolean> {
  const { rowCount } = await q.query(
    'UPDATE letter_signatures SET last_email_at = $2 WHERE id = $1 AND (last_email_at IS NULL OR last_email_at <= $3)',
    [signatureId, at, new Date(at.getTime() - windowMs)],
  );
  return rowCount > 0;
}

/** Gives the slot back when the send failed, so signing again sends at once. */
export async function releaseEmailSlot(q: Queryable, signatureId: string, claimedAt: Date): Promise<void> {
  await q.query('UPDATE letter_signatures SET last_email_at = NULL WHERE id = $1 AND last_email_at = $2', [signatureId, claimedAt]);
}

export async function insertToken(q: Queryable, t: { hash: string; signatureId: string; at: Date; expiresAt: Date }): Promise<void> {
  await q.query('INSERT INTO letter_tokens (token_hash, signature_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [t.hash, t.signatureId, t.at, t.expiresAt]);
}

export interface StoredToken {
  letterSlug: string;
  status: SignatureStatus;
  expiresAt: Date;
  usedAt: Date | null;
}

export async function findToken(q: Queryable, hash: string): Promise<StoredToken | null> {
  const { rows } = await q.query<{ letter_slug: string; status: SignatureStatus; expires_at: Date; used_at: Date | null }>(
    `SELECT s.letter_slug, s.status, t.expires_at, t.used_at
     FROM letter_tokens t JOIN letter_signatures s ON s.id = t.signature_id WHERE t.token_hash = $1`,
    [hash],
  );
  const r = rows[0];
  return r ? { ...camelRow(r), expiresAt: new Date(r.expires_at), usedAt: r.used_at ? new Date(r.used_at) : null } : null;
}

/** Spends a confirm token: succeeds for exactly one caller, and only before it expires. */
export async function spendToken(q: Queryable, hash: string, at: Date): Promise<string | null> {
  const { rows } = await q.query<{ signature_id: string }>(
    'UPDATE letter_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING signature_id',
    [hash, at],
  );
  return rows[0]?.signature_id ?? null;
}

export interface ConfirmedSignature {
  letterSlug: string;
  email: string;
  firstName: string;
  postcode: string;
  area: CountArea;
  updatesWordingVersion: string | null;
}

/** Pending → confirmed, once; the caller adds it to the tally in the same transaction. */
export async function setConfirmed(q: Queryable, signatureId: string, at: Date): Promise<ConfirmedSignature | null> {
  const { rows } = await q.query<{
    letter_slug: string;
    email: string;
    first_name: string;
    postcode: string;
    constituency_code: string;
    constituency_name: string;
    updates_wording_version: string | null;
  }>(
    `UPDATE letter_signatures SET status = 'confirmed', confirmed_at = $2, updated_at = $2 WHERE id = $1 AND status = 'pending'
     RETURNING letter_slug, email, first_name, postcode, constituency_code, constituency_name, updates_wording_version`,
    [signatureId, at],
  );
  const r = rows[0];
  if (!r) return null;
  const { constituencyCode, constituencyName, ...signature } = camelRow(r);
  return { ...signature, area: { code: constituencyCode, name: constituencyName } };
}

export async function addToTally(q: Queryable, slug: string, area: CountArea, at: Date): Promise<void> {
  await q.query(
    `INSERT INTO letter_tallies AS t (letter_slug, constituency_code, constituency_name, confirmed, updated_at) VALUES ($1, $2, $3, 1, $4)
     ON CONFLICT (letter_slug, constituency_code) DO UPDATE SET confirmed = t.confirmed + 1, updated_at = GREATEST(t.updated_at, EXCLUDED.updated_at)`,
    [slug, area.code, area.name, at],
  );
}

export async function isPurged(q: Queryable, slug: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM letter_purges WHERE letter_slug = $1', [slug]);
  return rows.length > 0;
}
