import 'server-only';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { getMailer } from '@/lib/mail';
import { inspectUnsubscribeToken, type NewsletterDeps } from './service';
import { isWellFormedToken } from './tokens';

export async function newsletterDeps(): Promise<NewsletterDeps> {
  return { db: await getDb(), mailer: getMailer(), siteUrl: env.SITE_URL };
}

/**
 * What the /unsubscribe page can say about a link: 'unknown' when the database cannot answer just
 * now. Such a link may well be good, so the page keeps its button and asks the person to try again.
 */
export async function unsubscribeLinkState(token: unknown): Promise<'valid' | 'invalid' | 'unknown' | 'none'> {
  if (token === undefined) return 'none';
  if (!isWellFormedToken(token)) return 'invalid';
  try {
    return await inspectUnsubscribeToken(await newsletterDeps(), token);
  } catch {
    return 'unknown';
  }
}
