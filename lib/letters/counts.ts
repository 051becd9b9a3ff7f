import type { Queryable } from '@/lib/db';

export interface AreaCount {
  code: string;
  name: string;
  count: number;
}

/** Confirmed signatures only, from the tallies the confirm transaction keeps. No personal data. */
export interface LetterTally {
  total: number;
  byArea: AreaCount[];
  /** When the last confirmation was counted (ISO 8601); null before the first. JSON-safe for the data cache. */
  updatedAt: string | null;
}

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

export interface Milestone {
  count: number;
  reached: boolean;
}

/** Progress towards the next milestone (or the target once every milestone is passed). */
export function progress(total: number, milestones: number[], target: number): { milestones: Milestone[]; next: number | null; percent: number } {
  const steps = [...new Set([...milestones, target])].filter((n) => n > 0).sort((a, b) => a - b);
  const next = steps.find((n) => n > total) ?? null;
  const goal = next ?? target;
  return {
    milestones: steps.map((count) => ({ count, reached: total >= count })),
    next,
    percent: goal > 0 ? Math.min(100, Math.floor((total / goal) * 100)) : 100,
  };
}

export interface PublicSupporter {
  firstName: string;
  area: string;
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
