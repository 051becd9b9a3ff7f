import { sandboxCancelEvent, sandboxCheckoutEvents, type SignedEvent } from '@/lib/payments';
import type { DonationDeps } from './service';
import { findManagedDonation } from './manage';
import { getDonation } from './store';
import { handleStripeWebhook } from './webhook';

async function deliver(deps: DonationDeps, events: SignedEvent[]): Promise<boolean> {
  for (const event of events) {
    const response = await handleStripeWebhook(deps, event.payload, event.signature);
    if (response.status !== 200) return false;
  }
  return true;
}

/** The sandbox checkout's "pay" button: Stripe's success events, signed locally, through the webhook handler. */
export async function completeSandboxCheckout(deps: DonationDeps, secret: string, donationId: string, email: string | null): Promise<boolean> {
  const donation = await getDonation(deps.db, donationId);
  if (!donation || donation.provider !== 'sandbox' || !donation.checkoutSessionId) return false;
  if (donation.status !== 'pending') return true;
  const events = sandboxCheckoutEvents(
    { donationId, sessionId: donation.checkoutSessionId, frequency: donation.frequency, amountPence: donation.amountPence, email },
    secret,
  );
  return deliver(deps, events);
}

/** The sandbox portal's cancel button: the subscription.deleted event Stripe would send. */
export async function cancelSandboxSubscription(deps: DonationDeps, secret: string, token: string): Promise<boolean> {
  const donation = await findManagedDonation(deps, token);
  if (!donation || donation.provider !== 'sandbox' || !donation.subscriptionId) return false;
  return deliver(deps, [sandboxCancelEvent({ donationId: donation.id, subscriptionId: donation.subscriptionId }, secret)]);
}
