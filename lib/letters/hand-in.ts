import type { Db, Queryable } from '@/lib/db';
import { toCsvFile } from '@/lib/csv';

const COLUMNS = ['first_name', 'last_name', 'constituency', 'email', 'signed_wording_version', 'confirmed_at'] as const;

/**
 * The hand-in list: confirmed names and constituencies. An email address appears only for
 * people who also asked for campaign updates; everyone else's stays out of the file.
 */
export async function exportHandInCsv(q: Queryable, slug: string): Promise<{ csv: string; count: number }> {
  const { rows } = await q.query<{ first_name: string; last_name: string; constituency_name: string; email: string | null; wording_version: string; confirmed_at: Date }>(
    `SELECT first_name, last_name, constituency_name,
       CASE WHEN updates_wording_version IS NOT NULL THEN email END AS email, wording_version, confirmed_at
     FROM letter_signatures WHERE letter_slug = $1 AND status = 'confirmed' ORDER BY constituency_name, last_name, first_name, id`,
    [slug],
  );
  const cells = rows.map((r) => [r.first_name, r.last_name, r.constituency_name, r.email, r.wording_version, new Date(r.confirmed_at).toISOString()]);
  return { csv: toCsvFile(COLUMNS, cells), count: rows.length };
}

/**
 * After the hand-in: deletes every signature and token of a letter (names, emails, postcodes)
 * and keeps only the tallies, which hold counts per area and nothing about a person, and the
 * letter's own text versions. The
 * purge is recorded, and a purged letter takes no new signatures.
 */
export async function purgeLetter(db: Db, slug: string, at = new Date()): Promise<{ deleted: number; kept: number }> {
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query('DELETE FROM letter_signatures WHERE letter_slug = $1', [slug]);
    await tx.query(
      `INSERT INTO letter_purges (letter_slug, purged_at, signatures_deleted) VALUES ($1, $2, $3)
       ON CONFLICT (letter_slug) DO UPDATE SET purged_at = EXCLUDED.purged_at, signatures_deleted = letter_purges.signatures_deleted + EXCLUDED.signatures_deleted`,
      [slug, at, rowCount],
    );
    const { rows } = await tx.query<{ total: string | null }>('SELECT sum(confirmed)::text AS total FROM letter_tallies WHERE letter_slug = $1', [slug]);
    return { deleted: rowCount, kept: Number(rows[0]?.total ?? 0) };
  });
}
