import Stripe from 'stripe';
import type { CheckoutRequest, CheckoutSession, PaymentEvent, PaymentsProvider } from './types';
import { verifyWebhook } from './webhook-signature';

export interface StripeProviderOptions {
  secretKey: string;
  webhookSecret: string;
  /** Points the SDK elsewhere (a loopback fake in tests); Stripe's API when unset. */
  apiUrl?: string | undefined;
}

function connection(apiUrl: string | undefined): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol };
}

/**
 * Only our opaque id goes into metadata: no donor's name, email or Gift Aid details. The
 * recipient (the operator's name and charity numbers, public facts) goes in the product and
 * payment descriptions, which Checkout and Stripe's receipts show to the donor.
 */
export function checkoutParams(request: CheckoutRequest): Stripe.Checkout.SessionCreateParams {
  const metadata = { donation_id: request.donationId };
  const { name, description } = request.recipient;
  const common = {
    client_reference_id: request.donationId,
    metadata,
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
  } satisfies Stripe.Checkout.SessionCreateParams;
  if (request.frequency === 'monthly') {
    return {
      ...common,
      mode: 'subscription',
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: 'gbp',
            unit_amount: request.amountPence,
            recurring: { interval: 'month' },
            product_data: { name: `Monthly donation to ${name}`, description },
          },
        },
      ],
      subscription_data: { metadata, description },
    };
  }
  return {
    ...common,
    mode: 'payment',
    submit_type: 'donate',
    line_items: [
      { quantity: 1, price_data: { currency: 'gbp', unit_amount: request.amountPence, product_data: { name: `Donation to ${name}`, description } } },
    ],
    payment_intent_data: { metadata, description },
  };
}

export function createStripeProvider(options: StripeProviderOptions): PaymentsProvider {
  const stripe = new Stripe(options.secretKey, {
    ...connection(options.apiUrl),
    // A donor waits on this: one retry (safe with our idempotency keys) and 8 s each, not Stripe's 80 s default.
    maxNetworkRetries: 1,
    timeout: 8_000,
    telemetry: false,
  });
  return {
    kind: 'stripe',
    async createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
      const session = await stripe.checkout.sessions.create(checkoutParams(request), {
        idempotencyKey: request.idempotencyKey,
      });
      if (!session.url) throw new Error(`Checkout session ${session.id} has no URL`);
      return { sessionId: session.id, url: session.url };
    },
    async createPortalSession(customerId: string, returnUrl: string): Promise<{ url: string }> {
      const portal = await stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl });
      return { url: portal.url };
    },
    parseWebhook(rawBody: string, signature: string | null): PaymentEvent {
      return verifyWebhook(rawBody, signature, options.webhookSecret);
    },
  };
}
