import { getCampaignStats, getSiteSettings } from '@/lib/content';
import { StatList } from '@/components/stats/stat-list';

export default async function HomePage() {
  const [settings, stats] = await Promise.all([getSiteSettings(), getCampaignStats()]);
  return (
    <div className="page-container py-10">
      <h1 className="text-step-4">{settings.campaignName}</h1>
      <p className="mt-3 max-w-prose text-step-1">{settings.strapline}</p>
      <section aria-labelledby="stats-heading" className="mt-10">
        <h2 id="stats-heading" className="text-step-2">
          The campaign in numbers
        </h2>
        <StatList stats={stats} />
      </section>
    </div>
  );
}
