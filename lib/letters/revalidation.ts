import type { Queryable } from '@/lib/db';

/**
 * Pages that show a letter's count are static and revalidated as confirmations arrive, but at
 * most once per window per letter across every instance, not once per signature. The window is
 * one row per letter in Postgres (`letter_revalidations`), the store every instance shares.
 *
 * - Leading edge: the first confirmation after a quiet window claims the row and revalidates at once.
 * - Trailing edge: a confirmation inside the window sets `pending`, and one waiter (at most one per
 *   process) sleeps to the end of the window, then claims the row and revalidates, so the last
 *   signatures of a burst are shown within one window too. Whoever claims first wins; the others
 *   find nothing pending. If every waiter dies with its process, the next confirmation or the
 *   pages' own revalidate time brings the count up to date.
 */
export const REVALIDATE_WINDOW_MS = 5_000;

export interface RevalidationDeps {
  db: Queryable;
  now?: () => Date;
  /** Expires the cached pages and data that show this letter's count. */
  revalidate: (slug: string) => void | Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  windowMs?: number;
}

const SHARED = Symbol.for('fixthecms.letter-revalidation-waiters');
const slot = globalThis as { [SHARED]?: Set<string> };
const waiting = (slot[SHARED] ??= new Set<string>());

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function claim(db: Queryable, slug: string, at: Date, windowMs: number, onlyIfPending: boolean): Promise<boolean> {
  const { rows } = await db.query(
    `INSERT INTO letter_revalidations AS r (letter_slug, revalidated_at, pending) VALUES ($1, $2, false)
     ON CONFLICT (letter_slug) DO UPDATE SET revalidated_at = EXCLUDED.revalidated_at, pending = false
     WHERE r.revalidated_at <= $3 AND (r.pending OR NOT $4)
     RETURNING 1`,
    [slug, at, new Date(at.getTime() - windowMs), onlyIfPending],
  );
  return rows.length > 0;
}

/** Called after a confirmation has committed. Resolves once this call's part is done (possibly after a wait). */
export async function revalidateSoon(deps: RevalidationDeps, slug: string): Promise<'now' | 'later' | 'queued'> {
  const windowMs = deps.windowMs ?? REVALIDATE_WINDOW_MS;
  const now = () => (deps.now ?? (() => new Date()))();
  // A plain read first: inside a busy window most confirmations stop here without taking a row lock.
  const { rows } = await deps.db.query<{ revalidated_at: Date; pending: boolean }>(
    'SELECT revalidated_at, pending FROM letter_revalidations WHERE letter_slug = $1',
    [slug],
  );
  const row = rows[0];
  const at = now();
  if (!row || new Date(row.revalidated_at).getTime() <= at.getTime() - windowMs) {
    if (await claim(deps.db, slug, at, windowMs, false)) {
      await deps.revalidate(slug);
      return 'now';
    }
  }
  if (!row?.pending) await deps.db.query('UPDATE letter_revalidations SET pending = true WHERE letter_slug = $1 AND NOT pending', [slug]);
  if (waiting.has(slug)) return 'queued';
  waiting.add(slug);
  try {
    // Loops while something is still pending: another instance may have claimed the row while we
    // slept, and a confirmation that arrived after its claim counted on this process's waiter.
    for (let round = 0; round < 10; round++) {
      const { rows: current } = await deps.db.query<{ revalidated_at: Date; pending: boolean }>(
        'SELECT revalidated_at, pending FROM letter_revalidations WHERE letter_slug = $1',
        [slug],
      );
      if (!current[0]?.pending) break;
      const due = new Date(current[0].revalidated_at).getTime() + windowMs;
      await (deps.sleep ?? defaultSleep)(Math.max(0, due - now().getTime()) + 50);
      if (await claim(deps.db, slug, now(), windowMs, true)) {
        await deps.revalidate(slug);
        break;
      }
    }
    return 'later';
  } finally {
    waiting.delete(slug);
  }
}
