import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';

/** Stripe-shaped webhook events (only the fields our mapper reads, plus the envelope). */
const rid = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;

export interface StripeTestEvent {
  id: string;
  type: string;
  payload: string;
}

function envelope(type: string, object: Record<string, unknown>, id = rid('evt')): StripeTestEvent {
  const event = { id, object: 'event', api_version: '2026-10-28.endive', created: Math.floor(Date.now() / 1000), livemode: false, type, data: { object } };
  return { id, type, payload: JSON.stringify(event) };
}

export function checkoutCompleted(o: {
  donationId: string;
  mode: 'payment' | 'subscription';
  amountPence: number;
  paymentIntent?: string | null;
  subscription?: string | null;
  customer?: string | null;
  email?: string | null;
  paid?: boolean;
  type?: 'checkout.session.completed' | 'checkout.session.async_payment_succeeded';
}): StripeTestEvent {
  return envelope(o.type ?? 'checkout.session.completed', {
    id: rid('cs_test'),
    object: 'checkout.session',
    mode: o.mode,
    payment_status: o.paid === false ? 'unpaid' : 'paid',
    client_reference_id: o.donationId,
    metadata: { donation_id: o.donationId },
    amount_total: o.amountPence,
    currency: 'gbp',
    customer: o.customer ?? null,
    customer_details: { email: o.email ?? null },
    payment_intent: o.paymentIntent ?? null,
    subscription: o.subscription ?? null,
  });
}

export function invoicePaid(o: { donationId: string | null; subscription: string; amountPence: number; paymentIntent?: string; invoiceId?: string; paidAt?: number }): StripeTestEvent {
  return envelope('invoice.paid', {
    id: o.invoiceId ?? rid('in'),
    object: 'invoice',
    amount_paid: o.amountPence,
    currency: 'gbp',
    status: 'paid',
    status_transitions: { paid_at: o.paidAt ?? Math.floor(Date.now() / 1000) },
    parent: { type: 'subscription_details', subscription_details: { subscription: o.subscription, metadata: o.donationId ? { donation_id: o.donationId } : {} } },
    payments: o.paymentIntent ? { object: 'list', data: [{ object: 'invoice_payment', payment: { type: 'payment_intent', payment_intent: o.paymentIntent } }] } : undefined,
  });
}

export function subscriptionDeleted(o: { donationId: string; subscription: string }): StripeTestEvent {
  return envelope('customer.subscription.deleted', {
    id: o.subscription,
    object: 'subscription',
    status: 'canceled',
    metadata: { donation_id: o.donationId },
    ended_at: Math.floor(Date.now() / 1000),
  });
}

export function chargeRefunded(o: { paymentIntent: string; amountPence: number; refundedPence: number }): StripeTestEvent {
  return envelope('charge.refunded', {
    id: rid('ch'),
    object: 'charge',
    amount: o.amountPence,
    amount_refunded: o.refundedPence,
    refunded: o.refundedPence >= o.amountPence,
    currency: 'gbp',
    payment_intent: o.paymentIntent,
  });
}

export function otherEvent(type: string): StripeTestEvent {
  return envelope(type, { id: rid('obj'), object: 'unknown' });
}

export function sign(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}

export const newId = rid;
