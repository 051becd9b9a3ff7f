import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { sandboxPayAction } from '@/lib/donations/actions';
import { GiftSummary } from '@/components/donate/gift-summary';
import { TestModeBanner } from '@/components/donate/test-mode-banner';
import { getDonationDeps } from '@/lib/donations/deps';
import { getDonation } from '@/lib/donations/store';
import { describeGift } from '@/lib/donations/format';

export const metadata: Metadata = { title: 'Test checkout', robots: { index: false } };

export default async function SandboxCheckoutPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const deps = await getDonationDeps();
  if (deps.payments.kind !== 'sandbox') notFound();
  const donation = await getDonation(deps.db, id);
  if (!donation || donation.provider !== 'sandbox') notFound();

  return (
    <div className="page-container py-10">
      <TestModeBanner />
      <h1 className="mt-6 text-step-4">Test checkout</h1>
      <GiftSummary donation={donation} operator={deps.operator} />
      {donation.status === 'pending' ? (
        <form action={sandboxPayAction} className="mt-6 max-w-prose">
          <input type="hidden" name="donationId" value={donation.id} />
          <label htmlFor="email" className="block font-semibold">
            Email for the test receipt (optional)
          </label>
          <p id="email-hint" className="text-muted">
            The real payment page asks for this. It is used once to send the receipt and is not stored.
          </p>
          <input id="email" name="email" type="email" autoComplete="email" aria-describedby="email-hint" className="mt-1 block w-full max-w-sm border-2 border-ink bg-surface px-2 py-1.5" />
          <button type="submit" className="mt-6 bg-brand px-5 py-3 text-step-1 font-bold text-paper hover:bg-brand-dark">
            Pay {describeGift(donation.amountPence, donation.frequency)} (test)
          </button>
        </form>
      ) : (
        <p className="mt-6">
          This test payment is complete. <a href={`/donate/thanks?ref=${donation.id}`}>See the confirmation</a>.
        </p>
      )}
      <p className="mt-6">
        <a href="/donate/cancelled">Cancel and go back</a>
      </p>
    </div>
  );
}
