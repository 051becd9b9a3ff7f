import { log } from '@/lib/log.mjs';
import { WebhookPayloadError, WebhookSignatureError } from '@/lib/payments';
import { applyPaymentEvent, type ApplyOutcome, type ReceiptFacts } from './apply-event';
import type { DonationDeps } from './service';
import { receiptMessage, receiptRecipient } from './receipt';

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
        date: facts.date,
        giftAid: facts.giftAid,
        manageUrl,
        ...receiptRecipient(deps.operator, deps.campaignName),
        testMode: deps.payments.kind === 'sandbox',
      }),
    );
  } catch (error) {
    // The gift is recorded; a failed receipt must not make Stripe resend the event.
    log('error', 'donation.receipt_failed', { donationId: facts.donationId, message: (error as Error).message });
  }
}

/**
 * Genuine but unreadable: answering 500 would have Stripe resend it for three days, and each retry
 * fails the same way. It is recorded (stripe_events, type `unreadable:<type>`, and an error log
 * with its id to look up in the Stripe dashboard) and acknowledged.
 */
async function recordUnreadable(deps: DonationDeps, error: WebhookPayloadError): Promise<WebhookResponse> {
  await deps.db.query('INSERT INTO stripe_events (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [error.eventId, `unreadable:${error.eventType}`]);
  log('error', 'stripe.webhook_unreadable', { eventId: error.eventId, type: error.eventType, message: error.message.slice(0, 200) });
  return { status: 200, body: { received: true, result: 'unreadable' } };
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
    if (error instanceof WebhookPayloadError) return recordUnreadable(deps, error);
    throw error;
  }
  const outcome = await deps.db.transaction((tx) => applyPaymentEvent(tx, event));
  log('info', 'stripe.webhook', { eventId: event.id, type: event.type, result: outcome.result });
  if (outcome.receipt) await sendReceipt(deps, outcome.receipt);
  return { status: 200, body: { received: true, result: outcome.result } };
}
