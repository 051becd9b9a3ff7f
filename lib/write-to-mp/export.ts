import type { Queryable } from '@/lib/db';
import { toCsvFile } from '@/lib/csv';
import { listLettersStarted } from './letters-started';

const COLUMNS = ['action_slug', 'source', 'constituency_id', 'constituency', 'letters_started', 'first_day', 'last_day'] as const;

/** Letters started per action and constituency, for editors. Counts only: there is no personal data to export. */
export async function exportLettersStartedCsv(db: Queryable): Promise<{ csv: string; rows: number; letters: number }> {
  const records = await listLettersStarted(db);
  const csv = toCsvFile(COLUMNS, records.map((r) => [r.actionSlug, r.source, r.constituencyId, r.constituencyName, String(r.letters), r.firstOn, r.lastOn]));
  return { csv, rows: records.length, letters: records.reduce((sum, r) => sum + r.letters, 0) };
}
