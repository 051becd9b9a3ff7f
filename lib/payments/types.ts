/** Our own payment shapes; nothing outside lib/payments sees a Stripe type. */

export type Frequency = 'one_off' | 'monthly';

export interface CheckoutRequest {
  donationId: string;
  amountPence: number;
  frequency: Frequency;
  successUrl: string;
  cancelUrl: string;
  idempotencyKey: string;
  /** Who receives the gift, shown on the checkout page and the payment's description. */
  recipient: { name: string; description: string };
}

export interface CheckoutSession {
  sessionId: string;
  url: string;
}

/** The four Stripe events we act on, reduced to the facts we keep. */
export type PaymentEvent =
  | {
      id: string;
      type: 'checkout.completed';
      donationId: string | null;
      sessionId: string;
      frequency: Frequency;
      paid: boolean;
      amountPence: number | null;
      currency: string | null;
      customerId: string | null;
      paymentIntentId: string | null;
      subscriptionId: string | null;
      /** Only used to send the receipt; never stored or logged. */
      email: string | null;
      created: Date;
    }
  | {
      id: string;
      type: 'invoice.paid';
      donationId: string | null;
      invoiceId: string;
      subscriptionId: string | null;
      paymentIntentId: string | null;
      amountPence: number;
      currency: string;
      paidAt: Date;
    }
  | { id: string; type: 'subscription.deleted'; donationId: string | null; subscriptionId: string; endedAt: Date }
  | { id: string; type: 'charge.refunded'; paymentIntentId: string | null; amountPence: number; refundedPence: number; currency: string }
  | { id: string; type: 'ignored'; stripeType: string };

export class WebhookSignatureError extends Error {
  override name = 'WebhookSignatureError';
}

/** A correctly signed event we could not read (a new API version, a field we did not expect). */
export class WebhookPayloadError extends Error {
  override name = 'WebhookPayloadError';
  constructor(
    readonly eventId: string,
    readonly eventType: string,
    message: string,
  ) {
    super(message);
  }
}

export interface PaymentsProvider {
  readonly kind: 'stripe' | 'sandbox';
  createCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
  createPortalSession(customerId: string, returnUrl: string, manageToken: string): Promise<{ url: string }>;
  /** Checks the signature and timestamp; throws WebhookSignatureError when either is wrong. */
  parseWebhook(rawBody: string, signature: string | null): PaymentEvent;
}
