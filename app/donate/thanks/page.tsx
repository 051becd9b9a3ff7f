import type { Metadata } from 'next';
import { connection } from 'next/server';
import { GiftSummary } from '@/components/donate/gift-summary';
import { getSiteSettings } from '@/lib/content/site-settings';
import { findDonationForReturn } from '@/lib/donations/deps';

export const metadata: Metadata = { title: 'Thank you for your donation', robots: { index: false } };

export default async function DonationThanksPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  // The status changes as Stripe's webhook arrives, so this page is rendered per request.
  await connection();
  const { ref } = await searchParams;
  const [donation, { operator }] = await Promise.all([findDonationForReturn(ref), getSiteSettings()]);
  return (
    <div className="page-container py-10">
      <h1 className="text-step-4">Thank you for your donation</h1>
      {donation === 'unavailable' ? (
        // Stripe has the payment and will keep telling us until we record it: nothing is lost.
        <p className="mt-3 max-w-prose">
          We are confirming your gift with our payment provider. This can take a few minutes; your receipt email will follow. Refresh this page later
          to see its status.
        </p>
      ) : donation ? (
        <>
          {donation.provider === 'sandbox' ? <p className="mt-3 font-semibold">Test mode — no money was taken.</p> : null}
          <GiftSummary donation={donation} operator={operator} />
          {donation.status === 'pending' ? <p className="mt-4 max-w-prose">This usually takes less than a minute. Refresh this page to see the latest status.</p> : null}
          <p className="mt-4 max-w-prose">
            {donation.provider === 'sandbox' ? 'In test mode a' : 'A'} receipt goes to the email address you gave at payment
            {donation.frequency === 'monthly' ? ', with a private link to change or cancel your monthly gift' : ''}.
          </p>
        </>
      ) : (
        <p className="mt-3 max-w-prose">We could not find that donation. If you completed a payment, your receipt email has its reference.</p>
      )}
      <p className="mt-6">
        <a href="/">Back to the home page</a>
      </p>
    </div>
  );
}
