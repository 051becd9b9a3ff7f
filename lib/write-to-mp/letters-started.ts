import type { Queryable } from '@/lib/db';
import type { Constituency } from '@/lib/representatives/types';

export type CountSource = 'sandbox' | 'parliament';

export interface LettersStartedTotals {
  letters: number;
  constituencies: number;
}

/** One more letter started for this action in this constituency. Nothing about the writer is passed in. */
export async function countLetterStarted(db: Queryable, actionSlug: string, source: CountSource, constituency: Constituency): Promise<void> {
  await db.query(
    `INSERT INTO letters_started (action_slug, source, constituency_id, constituency_name, letters)
     VALUES ($1, $2, $3, $4, 1)
     ON CONFLICT (action_slug, source, constituency_id)
     DO UPDATE SET letters = letters_started.letters + 1, constituency_name = EXCLUDED.constituency_name, last_on = current_date`,
    [actionSlug, source, constituency.id.slice(0, 40), constituency.name.slice(0, 150)],
  );
}

export async function lettersStartedTotals(db: Queryable, actionSlug: string, source: CountSource): Promise<LettersStartedTotals> {
  const { rows } = await db.query<{ letters: string | null; constituencies: string }>(
    `SELECT sum(letters)::text AS letters, count(*)::text AS constituencies
       FROM letters_started WHERE action_slug = $1 AND source = $2 AND letters > 0`,
    [actionSlug, source],
  );
  return { letters: Number(rows[0]?.letters ?? 0), constituencies: Number(rows[0]?.constituencies ?? 0) };
}

export interface LettersStartedRow {
  actionSlug: string;
  source: CountSource;
  constituencyId: string;
  constituencyName: string;
  letters: number;
  firstOn: string;
  lastOn: string;
}

export async function listLettersStarted(db: Queryable): Promise<LettersStartedRow[]> {
  const { rows } = await db.query<{ action_slug: string; source: CountSource; constituency_id: string; constituency_name: string; letters: number; first_on: string; last_on: string }>(
    `SELECT action_slug, source, constituency_id, constituency_name, letters, first_on::text, last_on::text
       FROM letters_started ORDER BY action_slug, source, letters DESC, constituency_name`,
  );
  return rows.map((r) => ({
    actionSlug: r.action_slug,
    source: r.source,
    constituencyId: r.constituency_id,
    constituencyName: r.constituency_name,
    letters: Number(r.letters),
    firstOn: r.first_on,
    lastOn: r.last_on,
  }));
}
