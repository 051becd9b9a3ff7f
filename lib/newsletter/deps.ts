import 'server-only';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { getMailer } from '@/lib/mail';
import type { NewsletterDeps } from './service';

export async function newsletterDeps(): Promise<NewsletterDeps> {
  return { db: await getDb(), mailer: getMailer(), siteUrl: env.SITE_URL };
}
