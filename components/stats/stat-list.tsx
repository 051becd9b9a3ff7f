import { untagged, type TagField } from '@/lib/content/field-tags';
import { FormattedDate } from '@/components/ui/formatted-date';

interface Stat {
  id: string;
  value: string;
  label: string;
  source: string;
  date: string;
}

export function StatList({ stats, tag = untagged }: { stats: Stat[]; tag?: TagField }) {
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {stats.map((stat) => (
        <li key={stat.id} className="rounded border border-line bg-surface p-4">
          <p className="text-step-3 font-bold text-brand" {...tag(stat.id, 'value')}>
            {stat.value}
          </p>
          <p className="mt-1" {...tag(stat.id, 'label')}>
            {stat.label}
          </p>
          <p className="mt-2 text-step--1 text-muted">
            Source: <span {...tag(stat.id, 'source')}>{stat.source}</span>,{' '}
            <FormattedDate iso={stat.date} precision="month" tags={tag(stat.id, 'date', { format: 'month' })} />
          </p>
        </li>
      ))}
    </ul>
  );
}
