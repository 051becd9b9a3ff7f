import type { DonationSummary } from '@/lib/donations';
import { describeGift } from '@/lib/donations/format';

const STATUS_TEXT: Record<DonationSummary['status'], string> = {
  pending: 'Waiting for confirmation from the payment provider',
  paid: 'Payment received',
  active: 'Monthly gift set up',
  cancelled: 'Monthly gift cancelled',
  refunded: 'Refunded',
};

/** The facts a donor may see about their own gift: no personal details. */
export function GiftSummary({ donation }: { donation: DonationSummary }) {
  return (
    <dl className="mt-6 grid max-w-prose grid-cols-[auto_1fr] gap-x-6 gap-y-2 border-y-2 border-line py-4">
      <dt className="font-semibold">Reference</dt>
      <dd className="font-mono break-all" data-testid="donation-reference">
        {donation.id}
      </dd>
      <dt className="font-semibold">Gift</dt>
      <dd>{describeGift(donation.amountPence, donation.frequency)}</dd>
      <dt className="font-semibold">Status</dt>
      <dd data-testid="donation-status">{STATUS_TEXT[donation.status]}</dd>
      <dt className="font-semibold">Gift Aid</dt>
      <dd>{donation.giftAid ? 'Declared' : 'Not added'}</dd>
    </dl>
  );
}
