import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { sandboxCancelAction } from '@/lib/donations/actions';
import { GiftSummary } from '@/components/donate/gift-summary';
import { TestModeBanner } from '@/components/donate/test-mode-banner';
import { getDonationDeps } from '@/lib/donations/deps';
import { findManagedDonation } from '@/lib/donations/manage';

export const metadata: Metadata = { title: 'Test customer portal', robots: { index: false } };

export default async function SandboxPortalPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  await connection();
  const { token } = await searchParams;
  const deps = await getDonationDeps();
  if (deps.payments.kind !== 'sandbox' || typeof token !== 'string') notFound();
  const donation = await findManagedDonation(deps, token);
  if (!donation || donation.provider !== 'sandbox') notFound();
  return (
    <div className="page-container py-10">
      <TestModeBanner />
      <h1 className="mt-6 text-step-4">Test customer portal</h1>
      <GiftSummary donation={donation} operator={deps.operator} />
      {donation.status === 'active' ? (
        <form action={sandboxCancelAction} className="mt-6">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="bg-brand px-5 py-3 text-step-1 font-bold text-paper hover:bg-brand-dark">
            Cancel monthly gift (test)
          </button>
        </form>
      ) : null}
      <p className="mt-6">
        <a href="/donate">Back to the donate page</a>
      </p>
    </div>
  );
}
