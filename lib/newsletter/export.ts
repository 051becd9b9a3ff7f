import { toCsvFile } from '@/lib/csv';
import type { Queryable } from '@/lib/db';
import { listConfirmed, type ConfirmedSubscriberRecord } from './repository';

const COLUMNS = ['email', 'first_name', 'postcode_area', 'confirmed_at', 'consent_version', 'consent_given_at'] as const;

export function toCsv(records: ConfirmedSubscriberRecord[]): string {
  return toCsvFile(
    COLUMNS,
    records.map((r) => [r.email, r.firstName, r.postcodeArea, r.confirmedAt.toISOString(), r.consentVersion, r.consentGivenAt?.toISOString() ?? null]),
  );
}

/** Confirmed subscribers only, each with the consent version and time that confirmed them. */
export async function exportConfirmedCsv(db: Queryable): Promise<{ csv: string; count: number }> {
  const records = await listConfirmed(db);
  return { csv: toCsv(records), count: records.length };
}
