import { randomBytes } from 'node:crypto';
import type { CheckoutRequest, CheckoutSession, Frequency, PaymentEvent, PaymentsProvider } from './types';
import { signWebhookPayload, verifyWebhook } from './webhook-signature';

// One per process, on globalThis because Next gives route handlers and Server Actions separate
// copies of this module. The sandbox signs and verifies in the same process, so nothing else ever
// needs it, and it cannot be computed from anything public (it once derived from HASH_SALT, whose
// default is in the repository).
const SECRET = Symbol.for('fixthecms.sandbox-webhook-secret');
const slot = globalThis as { [SECRET]?: string };

/** The sandbox's signing secret: random, made when the process first needs it, never stored. */
export function sandboxWebhookSecret(): string {
  slot[SECRET] ??= `whsec_sandbox_${randomBytes(32).toString('hex')}`;
  return slot[SECRET];
}

const sandboxId = (prefix: string) => `${prefix}_sandbox_${randomBytes(12).toString('hex')}`;

/**
 * Used when no Stripe key is set. Checkout is a labelled test page on our own site; "paying"
 * there signs Stripe-shaped events with the local secret and feeds them to the same webhook
 * handler that real Stripe events reach.
 */
export function createSandboxProvider(options: { webhookSecret: string }): PaymentsProvider {
  return {
    kind: 'sandbox',
    async createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
      return { sessionId: sandboxId('cs'), url: `/donate/sandbox/${encodeURIComponent(request.donationId)}` };
    },
    async createPortalSession(_customerId: string, _returnUrl: string, manageToken: string): Promise<{ url: string }> {
      return { url: `/donate/sandbox/manage?token=${encodeURIComponent(manageToken)}` };
    },
    parseWebhook(rawBody: string, signature: string | null): PaymentEvent {
      return verifyWebhook(rawBody, signature, options.webhookSecret);
    },
  };
}

export interface SignedEvent {
  payload: string;
  signature: string;
}

function stripeEvent(type: string, object: Record<string, unknown>) {
  return {
    id: sandboxId('evt'),
    object: 'event',
    api_version: null,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 0,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

function sign(event: object, secret: string): SignedEvent {
  const payload = JSON.stringify(event);
  return { payload, signature: signWebhookPayload(payload, secret) };
}

export interface SandboxCheckoutInput {
  donationId: string;
  sessionId: string;
  frequency: Frequency;
  amountPence: number;
  email: string | null;
}

/** What Stripe would send after a successful Checkout, in the order it usually arrives. */
export function sandboxCheckoutEvents(input: SandboxCheckoutInput, secret: string): SignedEvent[] {
  const metadata = { donation_id: input.donationId };
  const now = Math.floor(Date.now() / 1000);
  const customer = input.frequency === 'monthly' ? sandboxId('cus') : null;
  const subscription = input.frequency === 'monthly' ? sandboxId('sub') : null;
  const paymentIntent = sandboxId('pi');
  const session = {
    id: input.sessionId,
    object: 'checkout.session',
    mode: input.frequency === 'monthly' ? 'subscription' : 'payment',
    payment_status: 'paid',
    status: 'complete',
    client_reference_id: input.donationId,
    metadata,
    amount_total: input.amountPence,
    currency: 'gbp',
    customer,
    customer_details: { email: input.email },
    payment_intent: input.frequency === 'monthly' ? null : paymentIntent,
    subscription,
  };
  const events = [sign(stripeEvent('checkout.session.completed', session), secret)];
  if (subscription) {
    const invoice = {
      id: sandboxId('in'),
      object: 'invoice',
      amount_paid: input.amountPence,
      currency: 'gbp',
      customer,
      status: 'paid',
      status_transitions: { paid_at: now },
      parent: { type: 'subscription_details', subscription_details: { subscription, metadata } },
      payments: { object: 'list', data: [{ object: 'invoice_payment', payment: { type: 'payment_intent', payment_intent: paymentIntent } }] },
    };
    events.push(sign(stripeEvent('invoice.paid', invoice), secret));
  }
  return events;
}

/** What Stripe sends when a donor cancels in the Customer Portal. */
export function sandboxCancelEvent(input: { donationId: string; subscriptionId: string }, secret: string): SignedEvent {
  const subscription = {
    id: input.subscriptionId,
    object: 'subscription',
    status: 'canceled',
    metadata: { donation_id: input.donationId },
    ended_at: Math.floor(Date.now() / 1000),
  };
  return sign(stripeEvent('customer.subscription.deleted', subscription), secret);
}
