import { log } from '@/lib/log.mjs';
import { WebhookSignatureError } from '@/lib/payments';
import { applyPaymentEvent, type ApplyOutcome, type ReceiptFacts } from './apply-event';
import type { DonationDeps } from './deps';
import { receiptMessage } from './receipt';

export interface WebhookResponse {
  status: number;
  body: { received: boolean; result?: ApplyOutcome['result']; error?: string };
}

async function sendReceipt(deps: DonationDeps, facts: ReceiptFacts): Promise<void> {
  const manageUrl = facts.manageToken ? new URL(`/donate/manage?token=${encodeURIComponent(facts.manageToken)}`, deps.siteUrl).toString() : null;
  try {
    await deps.mailer.send(
      receiptMessage({
        to: facts.email,
        reference: facts.donationId,
        amountPence: facts.amountPence,
        frequency: facts.frequency,
        giftAid: facts.giftAid,
        manageUrl,
        campaignName: deps.campaignName,
        testMode: deps.payments.kind === 'sandbox',
      }),
    );
  } catch (error) {
    // The gift is recorded; a failed receipt must not make Stripe resend the event.
    log('error', 'donation.receipt_failed', { donationId: facts.donationId, message: (error as Error).message });
  }
}

/**
 * The one webhook code path, for real Stripe deliveries and sandbox payments alike:
 * verify the signature on the raw body, then record and apply the event in one transaction.
 * A failure rolls the event id back too, so Stripe's retry is processed afresh.
 */
export async function handleStripeWebhook(deps: DonationDeps, rawBody: string, signature: string | null): Promise<WebhookResponse> {
  let event;
  try {
    event = deps.payments.parseWebhook(rawBody, signature);
  } catch (error) {
    if (error instanceof WebhookSignatureError) {
      log('warn', 'stripe.webhook_rejected', { reason: error.message.slice(0, 120) });
      return { status: 400, body: { received: false, error: 'Invalid signature' } };
    }
    throw error;
  }
  const outcome = await deps.db.transaction((tx) => applyPaymentEvent(tx, event));
  log('info', 'stripe.webhook', { eventId: event.id, type: event.type, result: outcome.result });
  if (outcome.receipt) await sendReceipt(deps, outcome.receipt);
  return { status: 200, body: { received: true, result: outcome.result } };
}
