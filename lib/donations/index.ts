import 'server-only';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { getMailer } from '@/lib/mail';
import { createSandboxProvider, createStripeProvider, sandboxWebhookSecret, type PaymentsProvider } from '@/lib/payments';
import type { DonationDeps } from './deps';

export type { DonationDeps } from './deps';
export type { DonationSummary, DonationStatus } from './store';
export type { DonateFormState, DonateValues, DonateErrors, DonateField } from './form-schema';
export { getDonation } from './store';
export { receiptMessage, type Receipt } from './receipt';
export { startDonation } from './start-donation';
export { handleStripeWebhook } from './webhook';
export { findManagedDonation, openCustomerPortal } from './manage';
export { completeSandboxCheckout, cancelSandboxSubscription } from './sandbox-flow';

const CAMPAIGN_NAME = '#FixTheCMS';

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
        productName: CAMPAIGN_NAME,
      })
    : createSandboxProvider({ webhookSecret: sandboxWebhookSecret() });
  return payments;
}

export function sandboxSecret(): string {
  return sandboxWebhookSecret();
}

export async function getDonationDeps(): Promise<DonationDeps> {
  return {
    db: await getDb(),
    payments: getPayments(),
    mailer: getMailer(),
    siteUrl: env.SITE_URL,
    campaignName: CAMPAIGN_NAME,
  };
}
