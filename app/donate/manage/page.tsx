import type { Metadata } from 'next';
import { connection } from 'next/server';
import { openPortalAction } from '@/lib/donations/actions';
import { getDonationDeps } from '@/lib/donations/deps';
import { findManagedDonation } from '@/lib/donations/manage';
import { describeGift } from '@/lib/donations/format';

export const metadata: Metadata = { title: 'Manage your monthly gift', robots: { index: false } };

type Search = Promise<{ token?: string | string[]; error?: string }>;

export default async function ManageDonationPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const { token, error } = await searchParams;
  const donation = typeof token === 'string' ? await findManagedDonation(await getDonationDeps(), token) : null;
  return (
    <div className="page-container py-10">
      <h1 className="text-step-4">Manage your monthly gift</h1>
      {donation && typeof token === 'string' ? (
        <>
          {error ? (
            <p role="alert" className="mt-4 border-l-4 border-danger pl-3 font-semibold text-danger">
              We could not open the page to manage your gift. Please try again in a few minutes.
            </p>
          ) : null}
          <p className="mt-3 max-w-prose">
            Your gift: {describeGift(donation.amountPence, donation.frequency)}. You can change your card or cancel on our payment provider’s secure page.
          </p>
          <form action={openPortalAction} className="mt-6">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="bg-brand px-5 py-3 text-step-1 font-bold text-paper hover:bg-brand-dark">
              Change or cancel my gift
            </button>
          </form>
        </>
      ) : (
        <p className="mt-3 max-w-prose">
          This link is not valid. Use the link in your most recent receipt email, or <a href="/donate">make a new donation</a>.
        </p>
      )}
    </div>
  );
}
