import type { Queryable } from '@/lib/db';
import { listConfirmed, type ConfirmedSubscriberRecord } from './repository';

const COLUMNS = ['email', 'first_name', 'postcode_area', 'confirmed_at', 'consent_version', 'consent_given_at'] as const;

/** One CSV cell, safe to open in a spreadsheet. */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(records: ConfirmedSubscriberRecord[]): string {
  const lines = records.map((r) =>
    [r.email, r.firstName, r.postcodeArea, r.confirmedAt.toISOString(), r.consentVersion, r.consentGivenAt?.toISOString() ?? null].map(csvCell).join(','),
  );
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}

/** Confirmed subscribers only, each with the consent version and time that confirmed them. */
export async function exportConfirmedCsv(db: Queryable): Promise<{ csv: string; count: number }> {
  const records = await listConfirmed(db);
  return { csv: toCsv(records), count: records.length };
}
