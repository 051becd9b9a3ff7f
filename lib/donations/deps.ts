import 'server-only';
import { getDb } from '@/lib/db';
import { getSiteSettings } from '@/lib/content/site-settings';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { getMailer } from '@/lib/mail';
import { createSandboxProvider, createStripeProvider, sandboxWebhookSecret, type PaymentsProvider } from '@/lib/payments';
import type { DonationDeps } from './service';
import { getDonation, type DonationSummary } from './store';

let payments: PaymentsProvider | null = null;

/** Stripe when a key is set; otherwise the labelled sandbox, signing with a random per-process secret. */
export function getPayments(): PaymentsProvider {
  if (!payments && env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    log('error', 'stripe.config', { message: 'STRIPE_WEBHOOK_SECRET is not set: every Stripe webhook will be rejected' });
  }
  payments ??= env.STRIPE_SECRET_KEY
    ? createStripeProvider({
        secretKey: env.STRIPE_SECRET_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? '',
        apiUrl: env.STRIPE_API_URL,
      })
    : createSandboxProvider({ webhookSecret: sandboxWebhookSecret() });
  return payments;
}

/** The operator is read per call, so an edit to the site-settings record applies without a deploy. */
export async function getDonationDeps(): Promise<DonationDeps> {
  const [db, settings] = await Promise.all([getDb(), getSiteSettings()]);
  return {
    db,
    payments: getPayments(),
    mailer: getMailer(),
    siteUrl: env.SITE_URL,
    campaignName: settings.campaignName,
    operator: settings.operator,
  };
}

/**
 * The donation behind the page Stripe returns donors to: null when there is none, 'unavailable'
 * when the database cannot say just now (Stripe keeps the payment and resends its webhook).
 */
export async function findDonationForReturn(ref: unknown): Promise<DonationSummary | null | 'unavailable'> {
  if (typeof ref !== 'string') return null;
  try {
    return await getDonation((await getDonationDeps()).db, ref);
  } catch (error) {
    log('error', 'donation.return_lookup_failed', { message: (error as Error).message });
    return 'unavailable';
  }
}
