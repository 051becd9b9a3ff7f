import type { Operator } from '@/lib/operator';
import type { Db } from '@/lib/db';
import { log } from '@/lib/log.mjs';
import type { MailSender } from '@/lib/mail';
import { nameWithStatus } from '@/lib/operator';
import type { PaymentsProvider } from '@/lib/payments';
import { formValues, parseDonateForm, type DonateFormState } from './schema';
import { insertPendingDonation, recordCheckoutSession } from './store';

/** Everything the donation flow talks to; production wiring is in deps.ts, tests pass their own. */
export interface DonationDeps {
  db: Db;
  payments: PaymentsProvider;
  mailer: MailSender;
  siteUrl: string;
  campaignName: string;
  /** From the site-settings record; null only when no valid record could be read (donations pause). */
  operator: Operator | null;
}

export type StartDonationResult = { redirectTo: string } | DonateFormState;

export const DONATIONS_PAUSED = 'Donations are paused while we update the details of the organisation that receives them. Please try again later.';

/**
 * Validates the form, stores the pending donation (and any Gift Aid declaration, made to the
 * operator's name as it is now), then opens a checkout. Invalid input creates nothing; a
 * provider failure keeps the typed values. Without a registered charity a Gift Aid answer is
 * ignored, whatever was posted; without any operator record nothing is taken at all.
 */
export async function startDonation(deps: DonationDeps, formData: FormData, beforeCheckout?: () => Promise<DonateFormState | null>): Promise<StartDonationResult> {
  const values = formValues(formData);
  const { operator } = deps;
  if (!operator) return { status: 'failed', message: `${DONATIONS_PAUSED} No money has been taken.`, values };
  const parsed = parseDonateForm(operator.charity ? values : { ...values, giftAid: 'no' });
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, values: parsed.values };
  const blocked = beforeCheckout ? await beforeCheckout() : null;
  if (blocked) return blocked;

  const donationId = await deps.db.transaction((tx) => insertPendingDonation(tx, parsed.data, deps.payments.kind, operator.charity ? operator.legalName : null));
  try {
    const session = await deps.payments.createCheckout({
      donationId,
      amountPence: parsed.data.amountPence,
      frequency: parsed.data.frequency,
      successUrl: new URL(`/donate/thanks?ref=${donationId}`, deps.siteUrl).toString(),
      cancelUrl: new URL('/donate/cancelled', deps.siteUrl).toString(),
      idempotencyKey: `checkout-${donationId}`,
      recipient: { name: operator.legalName, description: nameWithStatus(operator) },
    });
    await recordCheckoutSession(deps.db, donationId, session.sessionId);
    log('info', 'donation.checkout_created', { donationId, frequency: parsed.data.frequency, giftAid: parsed.data.giftAid !== null });
    return { redirectTo: session.url };
  } catch (error) {
    log('error', 'donation.checkout_failed', { donationId, message: (error as Error).message });
    return { status: 'failed', message: 'We could not open the payment page. No money has been taken. Please try again in a few minutes.', values };
  }
}
