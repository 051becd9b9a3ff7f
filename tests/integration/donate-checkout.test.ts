import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { openCustomerPortal } from '@/lib/donations/manage';
import { startDonation } from '@/lib/donations/service';
import { handleStripeWebhook } from '@/lib/donations/webhook';
import { GIFT_AID_WORDING_VERSION } from '@/lib/donations/gift-aid';
import { createStripeProvider } from '@/lib/payments';
import { openTestPostgres } from '../support/db';
import { count, donateForm, GIFT_AID_FIELDS, memoryMailer, seedOperator, TEST_WEBHOOK_SECRET, testDeps } from '../support/donations';
import { startFakeStripe, type FakeStripe } from '../support/fake-stripe';
import { checkoutCompleted, newId, sign } from '../support/stripe-events';

let db: Db;
let cleanup: () => Promise<void>;
let fake: FakeStripe;

beforeAll(async () => {
  [{ db, cleanup }, fake] = await Promise.all([openTestPostgres(), startFakeStripe()]);
});
afterAll(async () => {
  await cleanup();
  await fake.close();
});
beforeEach(() => fake.reset());

const provider = () => createStripeProvider({ secretKey: 'sk_test_fake_key', webhookSecret: TEST_WEBHOOK_SECRET, apiUrl: fake.url });

function donationIdFrom(redirectTo: string, request: { form: Record<string, string> }) {
  expect(redirectTo).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_fake_\d+$/);
  return request.form.client_reference_id!;
}

/** Every metadata key Stripe receives must be our opaque id, nothing else. */
function metadataEntries(form: Record<string, string>) {
  return Object.entries(form).filter(([key]) => key.includes('metadata'));
}

describe('Checkout Session through the Stripe SDK', () => {
  it('one-off: payment mode, donate button, amount in pence, only the donation id as metadata, idempotency key', async () => {
    const result = await startDonation(testDeps(db, provider()), donateForm({ amount: '2500', otherAmount: '', frequency: 'one_off', giftAid: 'no' }));
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/checkout/sessions');
    expect(request.headers.authorization).toBe('Bearer sk_test_fake_key');
    const id = donationIdFrom((result as { redirectTo: string }).redirectTo, request);
    expect(id).toMatch(/^don_[A-Za-z0-9_-]{22}$/);
    expect(request.headers['idempotency-key']).toBe(`checkout-${id}`);
    expect(request.form).toMatchObject({
      mode: 'payment',
      submit_type: 'donate',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'gbp',
      'line_items[0][price_data][unit_amount]': '2500',
      success_url: `https://fixthecms.test/donate/thanks?ref=${id}`,
      cancel_url: 'https://fixthecms.test/donate/cancelled',
    });
    expect(request.form['line_items[0][price_data][recurring][interval]']).toBeUndefined();
    expect(metadataEntries(request.form)).toEqual([
      ['metadata[donation_id]', id],
      ['payment_intent_data[metadata][donation_id]', id],
    ]);
    // Who receives the gift, from the site settings: on the Checkout page and the payment itself.
    const operator = seedOperator();
    const who = `${operator.legalName}, a charity registered in England and Wales (${operator.charity!.registrations[0]!.number}) and in Scotland (${operator.charity!.registrations[1]!.number})`;
    expect(request.form).toMatchObject({
      'line_items[0][price_data][product_data][name]': `Donation to ${operator.legalName}`,
      'line_items[0][price_data][product_data][description]': who,
      'payment_intent_data[description]': who,
    });
    const { rows } = await db.query('SELECT amount_pence, frequency, status, gift_aid, stripe_checkout_session_id FROM donations WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ amount_pence: 2500, frequency: 'one_off', status: 'pending', gift_aid: false, stripe_checkout_session_id: 'cs_test_fake_1' });
  });

  it('monthly with Gift Aid: subscription mode with an inline monthly price; the declaration stays with us', async () => {
    const result = await startDonation(
      testDeps(db, provider()),
      donateForm({ amount: 'other', otherAmount: '£12.34', frequency: 'monthly', ...GIFT_AID_FIELDS, lastName: 'Tester' }),
    );
    const request = fake.requests[0]!;
    const id = donationIdFrom((result as { redirectTo: string }).redirectTo, request);
    expect(request.form).toMatchObject({
      mode: 'subscription',
      'line_items[0][price_data][unit_amount]': '1234',
      'line_items[0][price_data][currency]': 'gbp',
      'line_items[0][price_data][recurring][interval]': 'month',
    });
    expect(request.form.submit_type).toBeUndefined();
    expect(request.headers['idempotency-key']).toBe(`checkout-${id}`);
    expect(metadataEntries(request.form)).toEqual([
      ['metadata[donation_id]', id],
      ['subscription_data[metadata][donation_id]', id],
    ]);
    for (const personal of ['Alex', 'Tester', 'SW1A', 'sw1a', 'Ms']) expect(request.rawBody).not.toContain(personal);
    expect(request.form['line_items[0][price_data][product_data][name]']).toBe(`Monthly donation to ${seedOperator().legalName}`);
    expect(request.form['subscription_data[description]']).toContain(seedOperator().legalName);

    const { rows } = await db.query(
      `SELECT d.gift_aid, g.title, g.first_name, g.last_name, g.house, g.postcode, g.scope, g.wording_version, g.charity_name
       FROM donations d JOIN gift_aid_declarations g ON g.id = d.gift_aid_declaration_id WHERE d.id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({
      gift_aid: true,
      title: 'Ms',
      first_name: 'Alex',
      last_name: 'Tester',
      house: '12',
      postcode: 'SW1A 1AA',
      scope: 'all',
      wording_version: GIFT_AID_WORDING_VERSION,
      charity_name: seedOperator().legalName,
    });
  });

  it('when the operator is not a charity, a posted Gift Aid declaration is never stored and Checkout says so', async () => {
    const operator = seedOperator({ operatorStatus: 'not-a-charity', charityNumberEnglandWales: undefined, charityNumberScotland: undefined, hmrcCharityReference: undefined });
    const result = await startDonation(testDeps(db, provider(), undefined, operator), donateForm({ amount: '1000', otherAmount: '', frequency: 'one_off', ...GIFT_AID_FIELDS }));
    const request = fake.requests[0]!;
    const id = donationIdFrom((result as { redirectTo: string }).redirectTo, request);
    expect(request.form['payment_intent_data[description]']).toBe(`${operator.legalName}, which is not a registered charity`);
    const { rows } = await db.query('SELECT gift_aid, gift_aid_declaration_id FROM donations WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ gift_aid: false, gift_aid_declaration_id: null });
  });

  it('without any operator record nothing is stored and no checkout opens', async () => {
    const before = await count(db, 'donations');
    const result = await startDonation(testDeps(db, provider(), undefined, null), donateForm({ amount: '1000', otherAmount: '', frequency: 'one_off', giftAid: 'no' }));
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('Donations are paused') });
    expect(fake.requests).toHaveLength(0);
    expect(await count(db, 'donations')).toBe(before);
  });

  it('when Stripe fails, the donor keeps their answers and sees a message, not an error page', async () => {
    fake.failWith(500);
    const fields = { amount: '1000', otherAmount: '', frequency: 'one_off', ...GIFT_AID_FIELDS };
    const result = await startDonation(testDeps(db, provider()), donateForm(fields));
    expect(result).toMatchObject({ status: 'failed', values: fields });
    expect((result as { message: string }).message).toMatch(/No money has been taken/);
  });

  it('the receipt link opens the Customer Portal for the donor’s Stripe customer', async () => {
    const mailer = memoryMailer();
    const deps = testDeps(db, provider(), mailer);
    const result = await startDonation(deps, donateForm({ amount: '500', frequency: 'monthly', giftAid: 'no' }));
    const id = donationIdFrom((result as { redirectTo: string }).redirectTo, fake.requests[0]!);
    const customer = newId('cus');
    const event = checkoutCompleted({ donationId: id, mode: 'subscription', amountPence: 500, subscription: newId('sub'), customer, email: 'd@example.com' });
    await handleStripeWebhook(deps, event.payload, sign(event.payload, TEST_WEBHOOK_SECRET));
    const token = /token=([A-Za-z0-9_-]+)/.exec(mailer.sent[0]!.text)![1]!;

    fake.reset();
    expect(await openCustomerPortal(deps, token)).toEqual({ url: expect.stringMatching(/^https:\/\/billing\.stripe\.com\/p\/session\//) });
    expect(fake.requests[0]).toMatchObject({ path: '/v1/billing_portal/sessions', form: { customer, return_url: 'https://fixthecms.test/donate' } });

    expect(await openCustomerPortal(deps, 'x'.repeat(32))).toEqual({ error: expect.stringMatching(/not valid/) });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('bad input creates nothing and keeps what was typed', () => {
  const cases: [string, Record<string, string>, string, RegExp][] = [
    ['zero', { amount: 'other', otherAmount: '0' }, 'otherAmount', /at least £2/],
    ['negative', { amount: 'other', otherAmount: '-5' }, 'otherAmount', /at least £2/],
    ['fractions of a penny', { amount: 'other', otherAmount: '1.005' }, 'otherAmount', /pounds and pence/],
    ['over the maximum', { amount: 'other', otherAmount: '10,000.01' }, 'otherAmount', /£10,000 or less/],
    ['under the minimum', { amount: 'other', otherAmount: '1.99' }, 'otherAmount', /at least £2/],
    ['non-numeric', { amount: 'other', otherAmount: 'ten pounds' }, 'otherAmount', /pounds and pence/],
    ['a huge string', { amount: 'other', otherAmount: '9'.repeat(100_000) }, 'otherAmount', /pounds and pence/],
    ['empty other amount', { amount: 'other', otherAmount: '' }, 'otherAmount', /Enter an amount/],
    ['a preset that is not offered', { amount: '1' }, 'amount', /Choose an amount/],
    ['no frequency', { amount: '500', frequency: '' }, 'frequency', /once or every month/],
    ['Gift Aid without a postcode', { amount: '500', ...GIFT_AID_FIELDS, postcode: '' }, 'postcode', /Enter your postcode/],
    ['Gift Aid with a bad postcode', { amount: '500', ...GIFT_AID_FIELDS, postcode: 'NOT A CODE' }, 'postcode', /UK postcode/],
    ['Gift Aid without the confirmation', { amount: '500', ...GIFT_AID_FIELDS, giftAidConfirm: '' }, 'giftAidConfirm', /Confirm/],
    ['Gift Aid with a huge name', { amount: '500', ...GIFT_AID_FIELDS, firstName: 'A'.repeat(50_000) }, 'firstName', /35 characters/],
  ];

  it.each(cases)('%s', async (_name, fields, field, message) => {
    const before = { donations: await count(db, 'donations'), declarations: await count(db, 'gift_aid_declarations') };
    const form = { frequency: 'one_off', giftAid: 'no', otherAmount: '', ...fields };
    const result = await startDonation(testDeps(db, provider()), donateForm(form));
    expect(result).toMatchObject({ status: 'invalid' });
    const state = result as { errors: Record<string, string>; values: Record<string, string> };
    expect(state.errors[field]).toMatch(message);
    for (const [key, value] of Object.entries(form)) expect(state.values[key]).toBe(value.slice(0, 200));
    expect(fake.requests).toHaveLength(0);
    expect({ donations: await count(db, 'donations'), declarations: await count(db, 'gift_aid_declarations') }).toEqual(before);
  });
});
