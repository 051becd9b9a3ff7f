import 'server-only';
import { unstable_cache } from 'next/cache';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { lettersStartedTotals, type LettersStartedTotals } from './letters-started';

/** How stale the count on an action page may be; it also sets how often that page is rebuilt. */
export const TOTALS_REVALIDATE_SECONDS = 60;

/**
 * The count shown on an action page, from the data cache: a spike of visitors costs one query a
 * minute, not one per view. Null during `next build` (no database there) or when the database
 * cannot answer; the page then shows no count rather than failing.
 */
export async function getLettersStartedTotals(actionSlug: string): Promise<LettersStartedTotals | null> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return null;
  const source = env.REPRESENTATIVES_SOURCE;
  try {
    return await unstable_cache(async () => lettersStartedTotals(await getDb(), actionSlug, source), ['letters-started', actionSlug, source], {
      revalidate: TOTALS_REVALIDATE_SECONDS,
    })();
  } catch (error) {
    log('warn', 'write_to_mp.totals_failed', { action: actionSlug, message: (error as Error).message });
    return null;
  }
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function totalsLine(t: LettersStartedTotals): string {
  return `${plural(t.letters, 'letter', 'letters')} started in ${plural(t.constituencies, 'constituency', 'constituencies')}`;
}
