import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Donation not completed', robots: { index: false } };

export default function DonationCancelledPage() {
  return (
    <div className="page-container prose-body py-10">
      <h1 className="text-step-4">Your donation was not completed</h1>
      <p>You left the payment page before paying, so no money has been taken.</p>
      <p>
        <a href="/donate">Go back to the donation form</a> if you would like to try again.
      </p>
    </div>
  );
}
