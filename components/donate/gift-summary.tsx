import { describeGift } from '@/lib/donations/format';
import { nameWithStatus, type Operator } from '@/lib/operator';

interface DonationSummary {
  id: string;
  amountPence: number;
  frequency: 'one_off' | 'monthly';
  status: 'pending' | 'paid' | 'active' | 'cancelled' | 'refunded';
  giftAid: boolean;
}

const STATUS_TEXT: Record<DonationSummary['status'], string> = {
  pending: 'Waiting for confirmation from the payment provider',
  paid: 'Payment received',
  active: 'Monthly gift set up',
  cancelled: 'Monthly gift cancelled',
  refunded: 'Refunded',
};

/** The facts a donor may see about their own gift, and who receives it: no personal details. */
export function GiftSummary({ donation, operator }: { donation: DonationSummary; operator: Operator | null }) {
  return (
    <dl className="mt-6 grid max-w-prose grid-cols-[auto_1fr] gap-x-6 gap-y-2 border-y-2 border-line py-4">
      {operator ? (
        <>
          <dt className="font-semibold">Received by</dt>
          <dd data-testid="donation-recipient">{nameWithStatus(operator)}</dd>
        </>
      ) : null}
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
