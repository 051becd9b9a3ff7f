import type { Queryable } from '@/lib/db';
import type { Frequency, PaymentEvent } from '@/lib/payments';
import { hashToken, newManageToken } from './ids';
import type { DonationStatus } from './store';

/**
 * Status only ever moves up this ladder, so events applied in any order (or twice) end in
 * the same state: a late "completed" cannot undo a refund or a cancellation.
 */
const RANK_SQL = `CASE status WHEN 'pending' THEN 0 WHEN 'paid' THEN 1 WHEN 'active' THEN 1 ELSE 2 END`;
const RANK: Record<DonationStatus, number> = { pending: 0, paid: 1, active: 1, cancelled: 2, refunded: 2 };

export interface ReceiptFacts {
  email: string;
  donationId: string;
  amountPence: number;
  frequency: Frequency;
  giftAid: boolean;
  manageToken: string | null;
  /** When the gift was made (the checkout's completion), printed on the receipt. */
  date: Date;
}

export type ApplyOutcome = { result: 'applied' | 'duplicate' | 'ignored' | 'unmatched' | 'unreadable'; receipt?: ReceiptFacts };

interface LockedDonation {
  id: string;
  frequency: Frequency;
  status: DonationStatus;
  amount_pence: number;
  gift_aid: boolean;
}

async function lockDonation(tx: Queryable, where: { id?: string | null; subscriptionId?: string | null }): Promise<LockedDonation | null> {
  const columns = 'id, frequency, status, amount_pence, gift_aid';
  if (where.id) {
    const { rows } = await tx.query<LockedDonation>(`SELECT ${columns} FROM donations WHERE id = $1 FOR UPDATE`, [where.id]);
    if (rows[0]) return rows[0];
  }
  if (where.subscriptionId) {
    const { rows } = await tx.query<LockedDonation>(`SELECT ${columns} FROM donations WHERE stripe_subscription_id = $1 FOR UPDATE`, [where.subscriptionId]);
    if (rows[0]) return rows[0];
  }
  return null;
}

/** Moves the status up the ladder; returns true only when this call changed it. */
async function advance(tx: Queryable, id: string, status: DonationStatus, endedAt?: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE donations SET status = $2, updated_at = now(), ended_at = COALESCE(ended_at, $4::timestamptz)
     WHERE id = $1 AND ${RANK_SQL} < $3::integer`,
    [id, status, RANK[status], endedAt ?? null],
  );
  return rowCount > 0;
}

async function upsertPaidPayment(
  tx: Queryable,
  p: { ref: string; donationId: string; amountPence: number; currency: string; paidAt: Date },
): Promise<void> {
  // A refund may have created this row first: keep its refund, fill in what it lacked.
  await tx.query(
    `INSERT INTO donation_payments (stripe_ref, donation_id, amount_pence, currency, status, paid_at)
     VALUES ($1, $2, $3, $4, 'paid', $5)
     ON CONFLICT (stripe_ref) DO UPDATE SET
       donation_id = COALESCE(donation_payments.donation_id, EXCLUDED.donation_id),
       amount_pence = COALESCE(donation_payments.amount_pence, EXCLUDED.amount_pence),
       currency = COALESCE(donation_payments.currency, EXCLUDED.currency),
       paid_at = COALESCE(donation_payments.paid_at, EXCLUDED.paid_at),
       updated_at = now()`,
    [p.ref, p.donationId, p.amountPence, p.currency, p.paidAt],
  );
}

/** A one-off gift whose only payment was fully refunded is refunded too. */
async function settleOneOffRefund(tx: Queryable, donationId: string): Promise<void> {
  const { rows } = await tx.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM donation_payments p JOIN donations d ON d.id = p.donation_id
     WHERE p.donation_id = $1 AND d.frequency = 'one_off' AND p.status = 'refunded'`,
    [donationId],
  );
  if (Number(rows[0]?.n ?? 0) > 0) await advance(tx, donationId, 'refunded');
}

/** Gift Aid can be claimed only on a declared gift, in pounds, that was paid and not refunded. */
async function refreshGiftAidEligibility(tx: Queryable, donationId: string): Promise<void> {
  await tx.query(
    `UPDATE donations SET gift_aid_eligible =
       (gift_aid_declaration_id IS NOT NULL AND currency = 'gbp' AND status IN ('paid', 'active', 'cancelled'))
     WHERE id = $1`,
    [donationId],
  );
}

async function applyCheckoutCompleted(tx: Queryable, event: Extract<PaymentEvent, { type: 'checkout.completed' }>): Promise<ApplyOutcome> {
  const donation = await lockDonation(tx, { id: event.donationId });
  if (!donation) return { result: 'unmatched' };
  await tx.query(
    `UPDATE donations SET
       stripe_checkout_session_id = COALESCE(stripe_checkout_session_id, $2),
       stripe_customer_id = COALESCE(stripe_customer_id, $3),
       stripe_payment_intent_id = COALESCE(stripe_payment_intent_id, $4),
       stripe_subscription_id = COALESCE(stripe_subscription_id, $5),
       amount_pence = COALESCE($6, amount_pence),
       currency = COALESCE($7, currency),
       updated_at = now()
     WHERE id = $1`,
    [donation.id, event.sessionId, event.customerId, event.paymentIntentId, event.subscriptionId, event.amountPence, event.currency],
  );
  if (!event.paid) return { result: 'applied' };
  await tx.query('UPDATE donations SET completed_at = COALESCE(completed_at, $2) WHERE id = $1', [donation.id, event.created]);
  if (donation.frequency === 'one_off' && event.paymentIntentId) {
    await upsertPaidPayment(tx, {
      ref: event.paymentIntentId,
      donationId: donation.id,
      amountPence: event.amountPence ?? donation.amount_pence,
      currency: event.currency ?? 'gbp',
      paidAt: event.created,
    });
  }
  const changed = await advance(tx, donation.id, donation.frequency === 'monthly' ? 'active' : 'paid');
  await settleOneOffRefund(tx, donation.id);
  await refreshGiftAidEligibility(tx, donation.id);
  // The receipt goes once, on the first move out of pending; duplicates and late events send nothing.
  if (!changed || !event.email || donation.status !== 'pending') return { result: 'applied' };
  let manageToken: string | null = null;
  if (donation.frequency === 'monthly' && event.customerId) {
    manageToken = newManageToken();
    await tx.query('UPDATE donations SET manage_token_hash = $2 WHERE id = $1', [donation.id, hashToken(manageToken)]);
  }
  return {
    result: 'applied',
    receipt: {
      email: event.email,
      donationId: donation.id,
      amountPence: event.amountPence ?? donation.amount_pence,
      frequency: donation.frequency,
      giftAid: donation.gift_aid,
      manageToken,
      date: event.created,
    },
  };
}

async function applyInvoicePaid(tx: Queryable, event: Extract<PaymentEvent, { type: 'invoice.paid' }>): Promise<ApplyOutcome> {
  const donation = await lockDonation(tx, { id: event.donationId, subscriptionId: event.subscriptionId });
  if (!donation) return { result: 'unmatched' };
  if (event.subscriptionId) {
    await tx.query('UPDATE donations SET stripe_subscription_id = COALESCE(stripe_subscription_id, $2) WHERE id = $1', [donation.id, event.subscriptionId]);
  }
  if (event.amountPence > 0) {
    await upsertPaidPayment(tx, {
      ref: event.paymentIntentId ?? event.invoiceId,
      donationId: donation.id,
      amountPence: event.amountPence,
      currency: event.currency,
      paidAt: event.paidAt,
    });
  }
  await advance(tx, donation.id, 'active');
  await refreshGiftAidEligibility(tx, donation.id);
  return { result: 'applied' };
}

async function applySubscriptionDeleted(tx: Queryable, event: Extract<PaymentEvent, { type: 'subscription.deleted' }>): Promise<ApplyOutcome> {
  const donation = await lockDonation(tx, { id: event.donationId, subscriptionId: event.subscriptionId });
  if (!donation) return { result: 'unmatched' };
  await tx.query('UPDATE donations SET stripe_subscription_id = COALESCE(stripe_subscription_id, $2) WHERE id = $1', [donation.id, event.subscriptionId]);
  await advance(tx, donation.id, 'cancelled', event.endedAt);
  await refreshGiftAidEligibility(tx, donation.id);
  return { result: 'applied' };
}

async function applyChargeRefunded(tx: Queryable, event: Extract<PaymentEvent, { type: 'charge.refunded' }>): Promise<ApplyOutcome> {
  if (!event.paymentIntentId) return { result: 'unmatched' };
  // Refund totals are cumulative, so the largest seen wins whatever the delivery order.
  const { rows } = await tx.query<{ donation_id: string | null }>(
    `INSERT INTO donation_payments (stripe_ref, amount_pence, refunded_pence, currency, status)
     VALUES ($1, $2::integer, $3::integer, $4, CASE WHEN $3::integer >= $2::integer THEN 'refunded' ELSE 'paid' END)
     ON CONFLICT (stripe_ref) DO UPDATE SET
       refunded_pence = GREATEST(donation_payments.refunded_pence, EXCLUDED.refunded_pence),
       status = CASE WHEN GREATEST(donation_payments.refunded_pence, EXCLUDED.refunded_pence) >= COALESCE(donation_payments.amount_pence, EXCLUDED.amount_pence)
                THEN 'refunded' ELSE donation_payments.status END,
       updated_at = now()
     RETURNING donation_id`,
    [event.paymentIntentId, event.amountPence, event.refundedPence, event.currency],
  );
  const donationId = rows[0]?.donation_id;
  if (!donationId) return { result: 'applied' };
  await lockDonation(tx, { id: donationId });
  await settleOneOffRefund(tx, donationId);
  await refreshGiftAidEligibility(tx, donationId);
  return { result: 'applied' };
}

/**
 * Applies one verified event inside the caller's transaction. The event id goes into
 * stripe_events first: a second delivery finds it there and changes nothing.
 */
export async function applyPaymentEvent(tx: Queryable, event: PaymentEvent): Promise<ApplyOutcome> {
  const type = event.type === 'ignored' ? event.stripeType : event.type;
  const inserted = await tx.query('INSERT INTO stripe_events (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id', [event.id, type]);
  if (inserted.rowCount === 0) return { result: 'duplicate' };
  switch (event.type) {
    case 'checkout.completed':
      return applyCheckoutCompleted(tx, event);
    case 'invoice.paid':
      return applyInvoicePaid(tx, event);
    case 'subscription.deleted':
      return applySubscriptionDeleted(tx, event);
    case 'charge.refunded':
      return applyChargeRefunded(tx, event);
    case 'ignored':
      return { result: 'ignored' };
  }
}
