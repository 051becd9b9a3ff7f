import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { insertPendingDonation } from '@/lib/donations/store';
import { handleStripeWebhook } from '@/lib/donations/webhook';
import { createStripeProvider } from '@/lib/payments';
import { count, memoryMailer, seedOperator, TEST_WEBHOOK_SECRET, testDeps } from '../support/donations';
import { openTestPostgres } from '../support/db';
import { chargeRefunded, checkoutCompleted, invoicePaid, newId, otherEvent, sign, subscriptionDeleted, type StripeTestEvent } from '../support/stripe-events';

let db: Db;
let cleanup: () => Promise<void>;
const mailer = memoryMailer();
// The key is never used: webhooks are verified locally, no API call is made.
const payments = createStripeProvider({ secretKey: 'sk_test_unused', webhookSecret: TEST_WEBHOOK_SECRET, apiUrl: 'http://127.0.0.1:9' });

beforeAll(async () => {
  ({ db, cleanup } = await openTestPostgres());
});
afterAll(() => cleanup());

const deps = () => testDeps(db, payments, mailer);
const deliver = (event: StripeTestEvent, secret = TEST_WEBHOOK_SECRET, timestamp?: number) =>
  handleStripeWebhook(deps(), event.payload, sign(event.payload, secret, timestamp));

const GIFT_AID = { title: null, firstName: 'Sam', lastName: 'Donor', house: '3', postcode: 'M1 1AE', scope: 'this' as const };

async function newDonation(frequency: 'one_off' | 'monthly', giftAid = false, amountPence = 1000) {
  return db.transaction((tx) => insertPendingDonation(tx, { amountPence, frequency, giftAid: giftAid ? GIFT_AID : null }, 'stripe', giftAid ? seedOperator().legalName : null));
}

async function snapshot(donationId: string) {
  const { rows } = await db.query<Record<string, unknown>>(
    'SELECT status, amount_pence, currency, gift_aid_eligible, stripe_subscription_id, stripe_payment_intent_id FROM donations WHERE id = $1',
    [donationId],
  );
  const payments = await db.query<Record<string, unknown>>(
    'SELECT stripe_ref, amount_pence, refunded_pence, status FROM donation_payments WHERE donation_id = $1 ORDER BY stripe_ref',
    [donationId],
  );
  return { donation: rows[0], payments: payments.rows };
}

describe('signature checks', () => {
  it('applies a correctly signed event', async () => {
    const id = await newDonation('one_off', true);
    const pi = newId('pi');
    const response = await deliver(checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 1000, paymentIntent: pi, email: 'donor@example.com' }));
    expect(response).toEqual({ status: 200, body: { received: true, result: 'applied' } });
    const state = await snapshot(id);
    expect(state.donation).toMatchObject({ status: 'paid', amount_pence: 1000, currency: 'gbp', gift_aid_eligible: true, stripe_payment_intent_id: pi });
    expect(state.payments).toEqual([{ stripe_ref: pi, amount_pence: 1000, refunded_pence: 0, status: 'paid' }]);
  });

  it('rejects a forged signature, a tampered body, a missing header and a stale timestamp without touching the database', async () => {
    const id = await newDonation('one_off');
    const event = checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 1000, paymentIntent: newId('pi') });
    const eventsBefore = await count(db, 'stripe_events');

    const forged = await deliver(event, 'whsec_someone_else');
    const tampered = await handleStripeWebhook(deps(), event.payload.replace('"amount_total":1000', '"amount_total":1'), sign(event.payload, TEST_WEBHOOK_SECRET));
    const missing = await handleStripeWebhook(deps(), event.payload, null);
    const stale = await deliver(event, TEST_WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 301);

    for (const response of [forged, tampered, missing, stale]) expect(response.status).toBe(400);
    expect(await count(db, 'stripe_events')).toBe(eventsBefore);
    expect((await snapshot(id)).donation).toMatchObject({ status: 'pending' });
  });

  it('accepts an event signed just inside the five-minute tolerance', async () => {
    const id = await newDonation('one_off');
    const response = await deliver(checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 1000, paymentIntent: newId('pi') }), TEST_WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 250);
    expect(response.status).toBe(200);
  });
});

describe('idempotency', () => {
  it('a replayed event changes nothing and sends no second receipt', async () => {
    const id = await newDonation('one_off');
    const event = checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 2500, paymentIntent: newId('pi'), email: 'replay@example.com' });
    const first = await deliver(event);
    const before = await snapshot(id);
    const second = await deliver(event);
    expect(first.body.result).toBe('applied');
    expect(second).toEqual({ status: 200, body: { received: true, result: 'duplicate' } });
    expect(await snapshot(id)).toEqual(before);
    expect(mailer.sent.filter((m) => m.to === 'replay@example.com')).toHaveLength(1);
  });

  it('two simultaneous deliveries of one event apply it once: one payment row', async () => {
    const id = await newDonation('one_off');
    const event = checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 500, paymentIntent: newId('pi') });
    const results = await Promise.all([deliver(event), deliver(event), deliver(event)]);
    expect(results.map((r) => r.body.result).sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    const { rows } = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM stripe_events WHERE id = $1', [event.id]);
    expect(rows[0]?.n).toBe('1');
    expect((await snapshot(id)).payments).toHaveLength(1);
    expect(await count(db, `donations WHERE id = '${id}'`)).toBe(1);
  });

  it('the same facts in a different event (Stripe resends with a new id) still leave one payment row', async () => {
    const id = await newDonation('one_off');
    const pi = newId('pi');
    await deliver(checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 500, paymentIntent: pi }));
    await deliver(checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 500, paymentIntent: pi }));
    expect((await snapshot(id)).payments).toHaveLength(1);
  });
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('out-of-order delivery converges', () => {
  it('one-off: a refund arriving before the checkout ends refunded either way, with no Gift Aid', async () => {
    const states = [];
    for (const order of [['completed', 'refund'], ['refund', 'completed']]) {
      const id = await newDonation('one_off', true);
      const pi = newId('pi');
      const events = {
        completed: checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 1000, paymentIntent: pi }),
        refund: chargeRefunded({ paymentIntent: pi, amountPence: 1000, refundedPence: 1000 }),
      };
      for (const name of order) expect((await deliver(events[name as keyof typeof events])).status).toBe(200);
      const state = await snapshot(id);
      states.push({ donation: { ...state.donation, stripe_payment_intent_id: 'pi' }, payments: state.payments.map((p) => ({ ...p, stripe_ref: 'pi' })) });
    }
    expect(states[0]).toMatchObject({ donation: { status: 'refunded', gift_aid_eligible: false }, payments: [{ status: 'refunded', refunded_pence: 1000 }] });
    expect(states[1]).toEqual(states[0]);
  });

  it('partial refunds keep the largest refunded total whatever the order', async () => {
    const id = await newDonation('one_off');
    const pi = newId('pi');
    await deliver(checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 5000, paymentIntent: pi }));
    await deliver(chargeRefunded({ paymentIntent: pi, amountPence: 5000, refundedPence: 3000 }));
    await deliver(chargeRefunded({ paymentIntent: pi, amountPence: 5000, refundedPence: 1000 }));
    const state = await snapshot(id);
    expect(state.payments).toEqual([{ stripe_ref: pi, amount_pence: 5000, refunded_pence: 3000, status: 'paid' }]);
    expect(state.donation).toMatchObject({ status: 'paid' });
  });

  it('monthly: every order of checkout, first invoice and cancellation ends in the same state', async () => {
    const states = [];
    for (const order of permutations(['completed', 'invoice', 'deleted'] as const)) {
      const id = await newDonation('monthly', true, 1234);
      const sub = newId('sub');
      const events = {
        completed: checkoutCompleted({ donationId: id, mode: 'subscription', amountPence: 1234, subscription: sub, customer: newId('cus') }),
        invoice: invoicePaid({ donationId: id, subscription: sub, amountPence: 1234, paymentIntent: newId('pi') }),
        deleted: subscriptionDeleted({ donationId: id, subscription: sub }),
      };
      for (const name of order) expect((await deliver(events[name])).status).toBe(200);
      const state = await snapshot(id);
      states.push({ donation: { ...state.donation, stripe_subscription_id: 'sub' }, payments: state.payments.map((p) => ({ ...p, stripe_ref: 'pi' })) });
    }
    expect(states[0]).toMatchObject({ donation: { status: 'cancelled', gift_aid_eligible: true }, payments: [{ amount_pence: 1234, status: 'paid' }] });
    for (const state of states) expect(state).toEqual(states[0]);
  });

  it('later monthly invoices found by subscription id each add one payment', async () => {
    const id = await newDonation('monthly');
    const sub = newId('sub');
    await deliver(checkoutCompleted({ donationId: id, mode: 'subscription', amountPence: 1000, subscription: sub, customer: newId('cus') }));
    const second = invoicePaid({ donationId: null, subscription: sub, amountPence: 1000 });
    await deliver(invoicePaid({ donationId: id, subscription: sub, amountPence: 1000 }));
    await deliver(second);
    await deliver(second);
    const state = await snapshot(id);
    expect(state.donation).toMatchObject({ status: 'active' });
    expect(state.payments).toHaveLength(2);
  });
});

describe('receipts and unknown events', () => {
  it('sends one receipt; a monthly receipt carries a private manage link', async () => {
    const id = await newDonation('monthly');
    await deliver(checkoutCompleted({ donationId: id, mode: 'subscription', amountPence: 1000, subscription: newId('sub'), customer: newId('cus'), email: 'monthly@example.com' }));
    const receipts = mailer.sent.filter((m) => m.to === 'monthly@example.com');
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.text).toContain(id);
    // A receipt good for Gift Aid: the charity that received the gift, with its numbers.
    const operator = seedOperator();
    expect(receipts[0]!.subject).toBe(`Thank you for your donation to ${operator.legalName}`);
    expect(receipts[0]!.text).toContain(`Received by: ${operator.legalName}`);
    for (const r of operator.charity!.registrations) expect(receipts[0]!.text).toContain(r.number);
    expect(receipts[0]!.text).toMatch(/https:\/\/fixthecms\.test\/donate\/manage\?token=[A-Za-z0-9_-]{20,}/);
    const { rows } = await db.query<{ manage_token_hash: string | null }>('SELECT manage_token_hash FROM donations WHERE id = $1', [id]);
    expect(rows[0]?.manage_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(receipts[0]!.text).not.toContain(rows[0]!.manage_token_hash!);
  });

  it('acknowledges event types it does not handle, and checkouts that are not ours', async () => {
    expect((await deliver(otherEvent('payment_intent.created'))).body.result).toBe('ignored');
    const stranger = checkoutCompleted({ donationId: 'don_not_ours_000000', mode: 'payment', amountPence: 100, paymentIntent: newId('pi') });
    expect((await deliver(stranger)).body.result).toBe('unmatched');
  });

  it('an unpaid checkout completion records ids but does not mark the gift paid', async () => {
    const id = await newDonation('one_off');
    await deliver(checkoutCompleted({ donationId: id, mode: 'payment', amountPence: 1000, paymentIntent: newId('pi'), paid: false }));
    expect((await snapshot(id)).donation).toMatchObject({ status: 'pending' });
  });

  it('a delayed payment that settles later marks the gift paid and sends the receipt then, once', async () => {
    const id = await newDonation('one_off');
    const paymentIntent = newId('pi');
    const facts = { donationId: id, mode: 'payment' as const, amountPence: 2500, paymentIntent, email: 'bacs@example.com' };
    await deliver(checkoutCompleted({ ...facts, paid: false }));
    expect(mailer.sent.filter((m) => m.to === 'bacs@example.com')).toHaveLength(0);
    const settled = checkoutCompleted({ ...facts, type: 'checkout.session.async_payment_succeeded' });
    expect((await deliver(settled)).body.result).toBe('applied');
    await deliver(checkoutCompleted({ ...facts, type: 'checkout.session.async_payment_succeeded' }));
    expect(await snapshot(id)).toMatchObject({
      donation: { status: 'paid', amount_pence: 2500 },
      payments: [{ stripe_ref: paymentIntent, amount_pence: 2500, status: 'paid' }],
    });
    expect(mailer.sent.filter((m) => m.to === 'bacs@example.com')).toHaveLength(1);
  });
});
