import { log } from '@/lib/log.mjs';
import type { DonationDeps } from './service';
import { hashToken } from './ids';
import { getDonationByManageTokenHash, type DonationSummary } from './store';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,64}$/;

export async function findManagedDonation(deps: Pick<DonationDeps, 'db'>, token: string): Promise<DonationSummary | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  return getDonationByManageTokenHash(deps.db, hashToken(token));
}

/** Opens the Customer Portal for the monthly gift behind a receipt's private link. */
export async function openCustomerPortal(deps: DonationDeps, token: string): Promise<{ url: string } | { error: string }> {
  const donation = await findManagedDonation(deps, token);
  if (!donation?.customerId) return { error: 'This link is not valid. Use the most recent link in your receipt email.' };
  try {
    return await deps.payments.createPortalSession(donation.customerId, new URL('/donate', deps.siteUrl).toString(), token);
  } catch (error) {
    log('error', 'donation.portal_failed', { donationId: donation.id, message: (error as Error).message });
    return { error: 'We could not open the page to manage your gift. Please try again in a few minutes.' };
  }
}
