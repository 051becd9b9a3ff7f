const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormatter = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string, precision: 'day' | 'month' = 'day'): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return (precision === 'month' ? monthFormatter : formatter).format(date);
}

/** A date in words inside a machine-readable <time>. */
export function FormattedDate({ iso, precision = 'day', tags }: { iso: string; precision?: 'day' | 'month'; tags?: Record<string, string> }) {
  return (
    <time dateTime={iso.slice(0, 10)} {...tags}>
      {formatDate(iso, precision)}
    </time>
  );
}
