import { toCsvFile } from '@/lib/csv';
import type { Db } from '@/lib/db';

/** The columns of HMRC's Gift Aid schedule spreadsheet (Charities Online), in order. */
export const HMRC_SCHEDULE_COLUMNS = [
  'Title',
  'First name or initial',
  'Last name',
  'House name or number',
  'Postcode',
  'Aggregated donations',
  'Sponsored event',
  'Donation date',
  'Amount',
] as const;

interface ClaimRow {
  stripe_ref: string;
  title: string | null;
  first_name: string;
  last_name: string;
  house: string;
  postcode: string;
  paid_at: Date | string;
  net_pence: number;
}

function hmrcDate(value: Date | string): string {
  const d = new Date(value);
  const london = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: '2-digit', timeZone: 'Europe/London' });
  return london.format(d);
}

export interface GiftAidExport {
  csv: string;
  count: number;
  totalPence: number;
}

/**
 * Paid, declared, unrefunded and not yet claimed payments, one schedule row each (every
 * monthly payment is a separate gift). With markClaimed the same rows are stamped in the
 * same transaction, so running the export twice never claims a gift twice.
 */
export async function exportGiftAid(db: Db, options: { markClaimed: boolean }): Promise<GiftAidExport> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<ClaimRow>(
      `SELECT p.stripe_ref, g.title, g.first_name, g.last_name, g.house, g.postcode, p.paid_at,
              (p.amount_pence - p.refunded_pence) AS net_pence
       FROM donation_payments p
       JOIN donations d ON d.id = p.donation_id
       JOIN gift_aid_declarations g ON g.id = d.gift_aid_declaration_id
       WHERE d.gift_aid_eligible AND p.status = 'paid' AND p.claimed_at IS NULL AND p.paid_at IS NOT NULL
         AND p.currency = 'gbp' AND p.amount_pence > p.refunded_pence
       ORDER BY p.paid_at, p.stripe_ref
       FOR UPDATE OF p`,
    );
    if (options.markClaimed && rows.length > 0) {
      await tx.query('UPDATE donation_payments SET claimed_at = now(), updated_at = now() WHERE stripe_ref = ANY($1::text[])', [rows.map((r) => r.stripe_ref)]);
    }
    const totalPence = rows.reduce((sum, r) => sum + Number(r.net_pence), 0);
    const cells = rows.map((r) => [r.title ?? '', r.first_name, r.last_name, r.house, r.postcode, '', '', hmrcDate(r.paid_at), (Number(r.net_pence) / 100).toFixed(2)]);
    return { csv: toCsvFile(HMRC_SCHEDULE_COLUMNS, cells), count: rows.length, totalPence };
  });
}
