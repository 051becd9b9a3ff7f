import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { formValues, parseDonateForm } from '@/lib/donations/schema';
import { exportGiftAid, giftAidClaimant, HMRC_SCHEDULE_COLUMNS, type Claimant } from '@/lib/donations/gift-aid-export';
import { insertPendingDonation } from '@/lib/donations/store';
import { cancelSandboxSubscription, completeSandboxCheckout } from '@/lib/donations/sandbox-flow';
import { startDonation } from '@/lib/donations/service';
import { handleStripeWebhook } from '@/lib/donations/webhook';
import { createSandboxProvider, createStripeProvider, sandboxCheckoutEvents, sandboxWebhookSecret } from '@/lib/payments';
import { openTestPostgres } from '../support/db';
import { donateForm, GIFT_AID_FIELDS, memoryMailer, seedOperator, TEST_WEBHOOK_SECRET, testDeps } from '../support/donations';
import { chargeRefunded, checkoutCompleted, invoicePaid, newId, sign } from '../support/stripe-events';

let db: Db;
let cleanup: () => Promise<void>;
const secret = sandboxWebhookSecret();
const mailer = memoryMailer();

beforeAll(async () => {
  ({ db, cleanup } = await openTestPostgres());
});
afterAll(() => cleanup());

const sandboxDeps = () => testDeps(db, createSandboxProvider({ webhookSecret: secret }), mailer);

async function sandboxDonation(fields: Record<string, string>): Promise<string> {
  const result = await startDonation(sandboxDeps(), donateForm({ otherAmount: '', ...fields }));
  const redirectTo = (result as { redirectTo: string }).redirectTo;
  expect(redirectTo).toMatch(/^\/donate\/sandbox\/don_/);
  return decodeURIComponent(redirectTo.split('/').at(-1)!);
}

const statusOf = async (id: string) => (await db.query<{ status: string }>('SELECT status FROM donations WHERE id = $1', [id])).rows[0]?.status;

describe('sandbox checkout', () => {
  it('a one-off test payment goes through the webhook handler and marks the gift paid', async () => {
    const id = await sandboxDonation({ amount: '1000', frequency: 'one_off', giftAid: 'no' });
    expect(await statusOf(id)).toBe('pending');
    expect(await completeSandboxCheckout(sandboxDeps(), secret, id, 'tester@example.com')).toBe(true);
    expect(await statusOf(id)).toBe('paid');
    const { rows } = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM stripe_events WHERE id LIKE $1', ['evt_sandbox_%']);
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    const receipt = mailer.sent.find((m) => m.text.includes(id))!;
    expect(receipt.subject).toMatch(/^\[Test\]/);
    expect(receipt.text).toMatch(/TEST MODE: no money was taken/);
  });

  it('a monthly test gift becomes active, and the test portal cancels it through a subscription.deleted event', async () => {
    const id = await sandboxDonation({ amount: '500', frequency: 'monthly', ...GIFT_AID_FIELDS });
    await completeSandboxCheckout(sandboxDeps(), secret, id, 'monthly-tester@example.com');
    expect(await statusOf(id)).toBe('active');
    const token = /token=([A-Za-z0-9_-]+)/.exec(mailer.sent.find((m) => m.text.includes(id))!.text)![1]!;
    expect(await cancelSandboxSubscription(sandboxDeps(), secret, token)).toBe(true);
    expect(await statusOf(id)).toBe('cancelled');
  });

  it('sandbox events are rejected when real Stripe is configured, and Stripe-signed events by the sandbox', async () => {
    const [event] = sandboxCheckoutEvents({ donationId: 'don_x', sessionId: 'cs_x', frequency: 'one_off', amountPence: 500, email: null }, secret);
    const stripe = createStripeProvider({ secretKey: 'sk_test_x', webhookSecret: TEST_WEBHOOK_SECRET });
    expect((await handleStripeWebhook(testDeps(db, stripe), event!.payload, event!.signature)).status).toBe(400);
    const real = checkoutCompleted({ donationId: 'don_x', mode: 'payment', amountPence: 500, paymentIntent: 'pi_x' });
    expect((await handleStripeWebhook(sandboxDeps(), real.payload, sign(real.payload, TEST_WEBHOOK_SECRET))).status).toBe(400);
  });
});

describe('Gift Aid export', () => {
  const operator = seedOperator();
  const claimant = giftAidClaimant(operator) as Claimant;

  it('is claimed only by a registered charity, named from the site settings with its HMRC reference', () => {
    expect(claimant).toEqual({ name: operator.legalName, hmrcReference: operator.charity!.hmrcReference });
    expect(claimant.hmrcReference).toBeTruthy();
    const notCharity = seedOperator({ operatorStatus: 'not-a-charity', charityNumberEnglandWales: undefined, charityNumberScotland: undefined, hmrcCharityReference: undefined });
    expect(giftAidClaimant(notCharity)).toEqual({ refusal: expect.stringContaining(`${operator.legalName} is not a registered charity`) });
    expect(giftAidClaimant(null)).toHaveProperty('refusal');
  });

  it('lists paid, declared, unrefunded, unclaimed payments in HMRC columns, and marks them claimed only when asked', async () => {
    // Start from a clean slate of claims: earlier tests may have left eligible payments.
    await exportGiftAid(db, { markClaimed: true, claimant });
    const stripe = createStripeProvider({ secretKey: 'sk_test_x', webhookSecret: TEST_WEBHOOK_SECRET });
    const deps = testDeps(db, stripe);
    const deliver = (e: { payload: string }) => handleStripeWebhook(deps, e.payload, sign(e.payload, TEST_WEBHOOK_SECRET));
    let charityName = operator.legalName;
    const create = async (fields: Record<string, string>) => {
      const parsed = parseDonateForm(formValues(donateForm({ otherAmount: '', ...fields })));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      return db.transaction((tx) => insertPendingDonation(tx, parsed.data, 'stripe', charityName));
    };

    const oneOff = await create({ amount: '2500', frequency: 'one_off', ...GIFT_AID_FIELDS, firstName: '=HYPERLINK("x")' });
    await deliver(checkoutCompleted({ donationId: oneOff, mode: 'payment', amountPence: 2500, paymentIntent: newId('pi') }));

    const monthly = await create({ amount: 'other', otherAmount: '12.34', frequency: 'monthly', ...GIFT_AID_FIELDS, title: '', lastName: 'Monthly' });
    const sub = newId('sub');
    await deliver(checkoutCompleted({ donationId: monthly, mode: 'subscription', amountPence: 1234, subscription: sub, customer: newId('cus') }));
    await deliver(invoicePaid({ donationId: monthly, subscription: sub, amountPence: 1234, paidAt: Date.UTC(2026, 0, 5, 12) / 1000 }));
    await deliver(invoicePaid({ donationId: monthly, subscription: sub, amountPence: 1234, paidAt: Date.UTC(2026, 1, 5, 12) / 1000 }));

    const refunded = await create({ amount: '5000', frequency: 'one_off', ...GIFT_AID_FIELDS, lastName: 'Refunded' });
    const refundedPi = newId('pi');
    await deliver(checkoutCompleted({ donationId: refunded, mode: 'payment', amountPence: 5000, paymentIntent: refundedPi }));
    await deliver(chargeRefunded({ paymentIntent: refundedPi, amountPence: 5000, refundedPence: 5000 }));

    const noGiftAid = await create({ amount: '1000', frequency: 'one_off', giftAid: 'no' });
    await deliver(checkoutCompleted({ donationId: noGiftAid, mode: 'payment', amountPence: 1000, paymentIntent: newId('pi') }));
    await create({ amount: '1000', frequency: 'one_off', ...GIFT_AID_FIELDS, lastName: 'NeverPaid' });
    // A declaration made when the operator had another name cannot be claimed under this one.
    charityName = 'Renamed Before Charity';
    const otherName = await create({ amount: '1000', frequency: 'one_off', ...GIFT_AID_FIELDS, lastName: 'OtherName' });
    await deliver(checkoutCompleted({ donationId: otherName, mode: 'payment', amountPence: 1000, paymentIntent: newId('pi') }));

    const dryRun = await exportGiftAid(db, { markClaimed: false, claimant });
    const lines = dryRun.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(`Charity name,${operator.legalName},HMRC charities reference,${claimant.hmrcReference}`);
    expect(lines[1]).toBe(HMRC_SCHEDULE_COLUMNS.join(','));
    expect(lines).toContain(',Alex,Monthly,12,SW1A 1AA,,,05/01/26,12.34');
    expect(lines).toContain(',Alex,Monthly,12,SW1A 1AA,,,05/02/26,12.34');
    expect(lines.some((l) => l.startsWith(`Ms,"'=HYPERLINK(""x"")",Example,12,SW1A 1AA,,,`) && l.endsWith(',25.00'))).toBe(true);
    expect(dryRun.csv).not.toMatch(/Refunded|NeverPaid|OtherName/);
    expect(dryRun).toMatchObject({ count: 3, totalPence: 2500 + 1234 * 2, otherNames: 1 });

    expect((await exportGiftAid(db, { markClaimed: true, claimant })).count).toBe(3);
    expect(await exportGiftAid(db, { markClaimed: false, claimant })).toMatchObject({ count: 0, totalPence: 0 });
    const noReference = await exportGiftAid(db, { markClaimed: false, claimant: { ...claimant, hmrcReference: null } });
    expect(noReference.csv.split('\r\n')[0]).toBe(`Charity name,${operator.legalName}`);
    // Claimed under the name it was made to, it is claimable.
    expect(await exportGiftAid(db, { markClaimed: false, claimant: { name: 'Renamed Before Charity', hmrcReference: null } })).toMatchObject({ count: 1, otherNames: 0 });
  });
});
