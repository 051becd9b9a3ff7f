import Stripe from 'stripe';
import { toPaymentEvent } from './stripe-mappers';
import { WebhookPayloadError, WebhookSignatureError, type PaymentEvent } from './types';

/** Stripe's default: events signed more than five minutes ago are treated as replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * Verifies a webhook with Stripe's own helper (no API key needed) and maps it. Both the real
 * and the sandbox provider go through here, so the sandbox exercises the same checks.
 */
export function verifyWebhook(rawBody: string, signature: string | null, secret: string): PaymentEvent {
  if (!signature) throw new WebhookSignatureError('Missing Stripe-Signature header');
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret, WEBHOOK_TOLERANCE_SECONDS);
  } catch (error) {
    throw new WebhookSignatureError((error as Error).message);
  }
  try {
    return toPaymentEvent(event);
  } catch (error) {
    const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 120) : 'unknown');
    throw new WebhookPayloadError(text(event?.id), text(event?.type), (error as Error).message);
  }
}

/** Signs a payload the way Stripe does; used by the sandbox and by tests. */
export function signWebhookPayload(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}
