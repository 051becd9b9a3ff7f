import type { Queryable } from '@/lib/db';
import type { LetterTally, PublicSupporter } from './tally';

export async function readTally(q: Queryable, slug: string): Promise<LetterTally> {
  const { rows } = await q.query<{ constituency_code: string; constituency_name: string; confirmed: number; updated_at: Date }>(
    `SELECT constituency_code, constituency_name, confirmed, updated_at FROM letter_tallies
     WHERE letter_slug = $1 AND confirmed > 0 ORDER BY confirmed DESC, constituency_name`,
    [slug],
  );
  const byArea = rows.map((r) => ({ code: r.constituency_code, name: r.constituency_name, count: Number(r.confirmed) }));
  const updated = rows.reduce<number | null>((max, r) => Math.max(max ?? 0, new Date(r.updated_at).getTime()), null);
  return { total: byArea.reduce((sum, a) => sum + a.count, 0), byArea, updatedAt: updated === null ? null : new Date(updated).toISOString() };
}

/** Totals for several letters at once (the /act list and the home page). */
export async function readTotals(q: Queryable, slugs: string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const { rows } = await q.query<{ letter_slug: string; total: string }>(
    'SELECT letter_slug, sum(confirmed)::text AS total FROM letter_tallies WHERE letter_slug = ANY($1) GROUP BY letter_slug',
    [slugs],
  );
  return new Map(rows.map((r) => [r.letter_slug, Number(r.total)]));
}

/** Only people who ticked the box, and only their first name and area. */
export async function listPublicSupporters(q: Queryable, slug: string, limit = 50): Promise<PublicSupporter[]> {
  const { rows } = await q.query<{ first_name: string; constituency_name: string }>(
    `SELECT first_name, constituency_name FROM letter_signatures
     WHERE letter_slug = $1 AND status = 'confirmed' AND show_publicly ORDER BY confirmed_at DESC, id LIMIT $2`,
    [slug, limit],
  );
  return rows.map((r) => ({ firstName: r.first_name, area: r.constituency_name }));
}
