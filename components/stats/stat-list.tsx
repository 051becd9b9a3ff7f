import { untagged, type TagField } from '@/lib/content/field-tags';
import { EntryText } from '@/components/ui/entry-text';
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
          <EntryText entry={stat} field="value" tag={tag} className="text-step-3 font-bold text-brand" />
          <EntryText entry={stat} field="label" tag={tag} className="mt-1" />
          <p className="mt-2 text-step--1 text-muted">
            Source: <span {...tag(stat.id, 'source')}>{stat.source}</span>,{' '}
            <FormattedDate iso={stat.date} precision="month" tags={tag(stat.id, 'date', { format: 'month' })} />
          </p>
        </li>
      ))}
    </ul>
  );
}
