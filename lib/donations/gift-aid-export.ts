import { csvCell, toCsvFile } from '@/lib/csv';
import type { Operator } from '@/lib/operator';
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

const CLAIMABLE = `d.gift_aid_eligible AND p.status = 'paid' AND p.claimed_at IS NULL AND p.paid_at IS NOT NULL
  AND p.currency = 'gbp' AND p.amount_pence > p.refunded_pence`;

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
  /** Declared gifts left out because their declaration names another organisation. */
  otherNames: number;
}

export interface Claimant {
  name: string;
  hmrcReference: string | null;
}

/** Only a registered charity can claim Gift Aid: the claimant, or why there is none. */
export function giftAidClaimant(operator: Operator | null): Claimant | { refusal: string } {
  if (!operator) return { refusal: 'no valid site-settings entry could be read, so the organisation that would claim is unknown.' };
  if (!operator.charity) {
    return {
      refusal: `${operator.legalName} is not a registered charity in the site settings, and only a registered charity can claim Gift Aid. Set its status to registered-charity, with its charity number, in Contentful first.`,
    };
  }
  return { name: operator.legalName, hmrcReference: operator.charity.hmrcReference };
}

/** The row above HMRC's columns: who is claiming, and HMRC's reference for it when known. */
function claimHeader(claimant: Claimant): string {
  const cells = ['Charity name', claimant.name, ...(claimant.hmrcReference ? ['HMRC charities reference', claimant.hmrcReference] : [])];
  return cells.map(csvCell).join(',');
}

/**
 * Paid, declared, unrefunded and not yet claimed payments, one schedule row each (every
 * monthly payment is a separate gift), whose declaration names the claiming charity: HMRC
 * accepts a declaration only from the charity it was made to. With markClaimed the same rows
 * are stamped in the same transaction, so running the export twice never claims a gift twice.
 */
export async function exportGiftAid(db: Db, options: { markClaimed: boolean; claimant: Claimant }): Promise<GiftAidExport> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<ClaimRow>(
      `SELECT p.stripe_ref, g.title, g.first_name, g.last_name, g.house, g.postcode, p.paid_at,
              (p.amount_pence - p.refunded_pence) AS net_pence
       FROM donation_payments p
       JOIN donations d ON d.id = p.donation_id
       JOIN gift_aid_declarations g ON g.id = d.gift_aid_declaration_id
       WHERE ${CLAIMABLE} AND g.charity_name = $1
       ORDER BY p.paid_at, p.stripe_ref
       FOR UPDATE OF p`,
      [options.claimant.name],
    );
    const other = await tx.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM donation_payments p
       JOIN donations d ON d.id = p.donation_id
       JOIN gift_aid_declarations g ON g.id = d.gift_aid_declaration_id
       WHERE ${CLAIMABLE} AND g.charity_name <> $1`,
      [options.claimant.name],
    );
    if (options.markClaimed && rows.length > 0) {
      await tx.query('UPDATE donation_payments SET claimed_at = now(), updated_at = now() WHERE stripe_ref = ANY($1::text[])', [rows.map((r) => r.stripe_ref)]);
    }
    const totalPence = rows.reduce((sum, r) => sum + Number(r.net_pence), 0);
    const cells = rows.map((r) => [r.title ?? '', r.first_name, r.last_name, r.house, r.postcode, '', '', hmrcDate(r.paid_at), (Number(r.net_pence) / 100).toFixed(2)]);
    const csv = `${claimHeader(options.claimant)}\r\n${toCsvFile(HMRC_SCHEDULE_COLUMNS, cells)}`;
    return { csv, count: rows.length, totalPence, otherNames: Number(other.rows[0]?.n ?? 0) };
  });
}
