import type { Metadata } from 'next';
import { DonateForm } from '@/components/donate/donate-form';
import { getSiteSettings } from '@/lib/content/site-settings';
import { giftAidOffer } from '@/lib/donations/gift-aid';
import { DONATIONS_PAUSED } from '@/lib/donations/service';
import { donateAction } from '@/lib/donations/actions';

export const metadata: Metadata = { title: 'Donate' };

export default async function DonatePage() {
  const settings = await getSiteSettings();
  const { operator } = settings;
  return (
    <div className="page-container py-10">
      <h1 className="text-step-4">Donate</h1>
      <p className="mt-3 max-w-prose text-step-1">{settings.donateIntro}</p>
      {operator ? (
        <DonateForm action={donateAction} {...giftAidOffer(operator)} />
      ) : (
        <p className="mt-6 max-w-prose font-semibold">{DONATIONS_PAUSED}</p>
      )}
    </div>
  );
}
