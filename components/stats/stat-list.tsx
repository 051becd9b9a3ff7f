import type { CampaignStat } from '@/lib/content/stats';
import { FormattedDate } from '@/components/ui/formatted-date';

export function StatList({ stats }: { stats: CampaignStat[] }) {
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {stats.map((stat) => (
        <li key={stat.id} className="rounded border border-line bg-surface p-4">
          <p className="text-step-3 font-bold text-brand">{stat.value}</p>
          <p className="mt-1">{stat.label}</p>
          <p className="mt-2 text-step--1 text-muted">
            Source: {stat.source}, <FormattedDate iso={stat.date} precision="month" />
          </p>
        </li>
      ))}
    </ul>
  );
}
