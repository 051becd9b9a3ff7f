import { getSiteSettings } from '@/lib/content/site-settings';
import { OG_SIZE, ogCard } from '@/components/og/og-card';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'The #FixTheCMS campaign';

export default async function Image() {
  const settings = await getSiteSettings();
  return ogCard({ kicker: settings.campaignName, title: settings.strapline, footer: 'Campaigning to fix the Child Maintenance Service' });
}
