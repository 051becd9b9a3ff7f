import 'server-only';
import { unstable_cache } from 'next/cache';
import { getDb } from '@/lib/db';
import { log } from '@/lib/log.mjs';
import { listPublicSupporters, readTally, readTotals } from './counts';
import type { PublicCount } from './tally';
import { letterCountTag } from './tags';

/**
 * The counts as pages read them: cached in the data cache under the letter's count tag, which the
 * batched revalidation expires (lib/letters/revalidation.ts). The revalidate time is only a
 * safety net for a revalidation that never ran (a waiter's process died).
 */
const SAFETY_NET_SECONDS = 300;
/** When the database cannot answer, the page shows no count and rebuilds this soon. */
const RETRY_SECONDS = 15;

// `next build` prerenders pages in several workers at once: they must not open the embedded
// database (one folder, one process) or need a database at all, so a build renders no count and
// the page rebuilds within RETRY_SECONDS of going live.
const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build';

async function rebuildSoon(slug: string) {
  // A page's ISR lifetime is the shortest `revalidate` of the cached reads in it.
  await unstable_cache(async () => true, ['letters-retry', slug], { revalidate: RETRY_SECONDS })();
}

async function guarded<T>(slugs: string[], read: () => Promise<T>): Promise<T | null> {
  if (isBuild()) {
    await rebuildSoon(slugs.join(','));
    return null;
  }
  try {
    return await read();
  } catch (error) {
    log('error', 'letters.count_unavailable', { letters: slugs, message: (error as Error).message });
    await rebuildSoon(slugs.join(','));
    return null;
  }
}

/** A letter's tally and its most recent public supporters; null while the database cannot answer. */
export function getPublicCount(slug: string): Promise<PublicCount | null> {
  return guarded([slug], () =>
    unstable_cache(
      async () => {
        const db = await getDb();
        const [tally, supporters] = await Promise.all([readTally(db, slug), listPublicSupporters(db, slug)]);
        return { tally, supporters };
      },
      ['letters', 'count', slug],
      { tags: [letterCountTag(slug)], revalidate: SAFETY_NET_SECONDS },
    )(),
  );
}

/** Totals for several letters (the /act list and the home page). */
export async function getTotals(slugs: string[]): Promise<Record<string, number> | null> {
  if (slugs.length === 0) return {};
  return guarded(slugs, () =>
    unstable_cache(async () => Object.fromEntries(await readTotals(await getDb(), slugs)), ['letters', 'totals', ...slugs], {
      tags: slugs.map(letterCountTag),
      revalidate: SAFETY_NET_SECONDS,
    })(),
  );
}
