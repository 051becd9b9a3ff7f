import { log } from '@/lib/log.mjs';
import type { DonationDeps } from './deps';
import { formValues, parseDonateForm, type DonateFormState } from './form-schema';
import { insertPendingDonation, recordCheckoutSession } from './store';

export type StartDonationResult = { redirectTo: string } | DonateFormState;

/**
 * Validates the form, stores the pending donation (and any Gift Aid declaration), then opens
 * a checkout. Invalid input creates nothing; a provider failure keeps the typed values.
 */
export async function startDonation(deps: DonationDeps, formData: FormData, beforeCheckout?: () => Promise<DonateFormState | null>): Promise<StartDonationResult> {
  const values = formValues(formData);
  const parsed = parseDonateForm(values);
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, values: parsed.values };
  const blocked = beforeCheckout ? await beforeCheckout() : null;
  if (blocked) return blocked;

  const donationId = await deps.db.transaction((tx) => insertPendingDonation(tx, parsed.data, deps.payments.kind));
  try {
    const session = await deps.payments.createCheckout({
      donationId,
      amountPence: parsed.data.amountPence,
      frequency: parsed.data.frequency,
      successUrl: new URL(`/donate/thanks?ref=${donationId}`, deps.siteUrl).toString(),
      cancelUrl: new URL('/donate/cancelled', deps.siteUrl).toString(),
      idempotencyKey: `checkout-${donationId}`,
    });
    await recordCheckoutSession(deps.db, donationId, session.sessionId);
    log('info', 'donation.checkout_created', { donationId, frequency: parsed.data.frequency, giftAid: parsed.data.giftAid !== null });
    return { redirectTo: session.url };
  } catch (error) {
    log('error', 'donation.checkout_failed', { donationId, message: (error as Error).message });
    return { status: 'failed', message: 'We could not open the payment page. No money has been taken. Please try again in a few minutes.', values };
  }
}
