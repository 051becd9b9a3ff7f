import 'server-only';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { getMailer } from '@/lib/mail';
import type { RequestContext } from '@/lib/newsletter/service';
import { getRepresentativesProvider } from '@/lib/representatives';
import { revalidateSoon } from './revalidation';
import type { LettersDeps } from './service';
import { letterCountTag } from './tags';
import { subscribeToUpdates } from './updates';

/**
 * The count's pages are expired at once (`expire: 0`), not marked stale ('max'): the page and the
 * cached tally inside it share the tag, and with stale-while-revalidate the regenerated page would
 * be rendered from the stale tally and show the old count until the next revalidation.
 */
const expireCount = (slug: string) => revalidateTag(letterCountTag(slug), { expire: 0 });

export async function lettersDeps(ctx: RequestContext): Promise<LettersDeps> {
  const db = await getDb();
  const mailer = getMailer();
  return {
    db,
    mailer,
    siteUrl: env.SITE_URL,
    defer: (task) => after(task),
    representatives: await getRepresentativesProvider(),
    onConfirmed: async (signature) => {
      await Promise.all([
        revalidateSoon({ db, revalidate: expireCount }, signature.letterSlug).catch((error: unknown) =>
          log('error', 'letters.revalidate_failed', { letter: signature.letterSlug, message: (error as Error).message }),
        ),
        subscribeToUpdates({ db, mailer, siteUrl: env.SITE_URL }, signature, ctx),
      ]);
    },
  };
}
