import type Stripe from 'stripe';
import type { Frequency, PaymentEvent } from './types';

type Ref = string | { id: string } | null | undefined;

function idOf(ref: Ref): string | null {
  if (!ref) return null;
  return typeof ref === 'string' ? ref : ref.id;
}

function donationIdFrom(metadata: Stripe.Metadata | null | undefined): string | null {
  const id = metadata?.donation_id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

function toCheckoutCompleted(event: Stripe.Event, session: Stripe.Checkout.Session): PaymentEvent {
  const frequency: Frequency = session.mode === 'subscription' ? 'monthly' : 'one_off';
  return {
    id: event.id,
    type: 'checkout.completed',
    donationId: session.client_reference_id ?? donationIdFrom(session.metadata),
    sessionId: session.id,
    frequency,
    // A subscription's first invoice may still be settling; 'no_payment_required' never applies to gifts.
    paid: session.payment_status === 'paid',
    amountPence: session.amount_total,
    currency: session.currency,
    customerId: idOf(session.customer),
    paymentIntentId: idOf(session.payment_intent),
    subscriptionId: idOf(session.subscription),
    email: session.customer_details?.email ?? null,
    created: new Date(event.created * 1000),
  };
}

function toInvoicePaid(event: Stripe.Event, invoice: Stripe.Invoice): PaymentEvent {
  const details = invoice.parent?.subscription_details ?? null;
  const payment = invoice.payments?.data.find((p) => p.payment.type === 'payment_intent');
  const paidAt = invoice.status_transitions.paid_at ?? event.created;
  return {
    id: event.id,
    type: 'invoice.paid',
    donationId: donationIdFrom(details?.metadata),
    invoiceId: invoice.id ?? `in_${event.id}`,
    subscriptionId: idOf(details?.subscription),
    paymentIntentId: idOf(payment?.payment.payment_intent),
    amountPence: invoice.amount_paid,
    currency: invoice.currency,
    paidAt: new Date(paidAt * 1000),
  };
}

/** Maps a verified Stripe event to the facts we act on; every other type is 'ignored'. */
export function toPaymentEvent(event: Stripe.Event): PaymentEvent {
  switch (event.type) {
    case 'checkout.session.completed':
    // Delayed methods (Bacs Direct Debit, bank transfer) complete the session unpaid and settle
    // days later; the settled session is applied exactly like a paid completion.
    case 'checkout.session.async_payment_succeeded':
      return toCheckoutCompleted(event, event.data.object);
    case 'invoice.paid':
      return toInvoicePaid(event, event.data.object);
    case 'customer.subscription.deleted': {
      const sub = event.data.object;
      return { id: event.id, type: 'subscription.deleted', donationId: donationIdFrom(sub.metadata), subscriptionId: sub.id, endedAt: new Date((sub.ended_at ?? event.created) * 1000) };
    }
    case 'charge.refunded': {
      const { payment_intent, amount, amount_refunded, currency } = event.data.object;
      return { id: event.id, type: 'charge.refunded', paymentIntentId: idOf(payment_intent), amountPence: amount, refundedPence: amount_refunded, currency };
    }
    default:
      return { id: event.id, type: 'ignored', stripeType: event.type };
  }
}
