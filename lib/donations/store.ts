import type { Queryable } from '@/lib/db';
import type { Frequency } from '@/lib/payments';
import type { DonateInput } from './schema';
import { GIFT_AID_WORDING_VERSION } from './gift-aid';
import { newDeclarationId, newDonationId } from './ids';

export type DonationStatus = 'pending' | 'paid' | 'active' | 'cancelled' | 'refunded';

/** What pages may show about a donation: no personal details. */
export interface DonationSummary {
  id: string;
  amountPence: number;
  frequency: Frequency;
  status: DonationStatus;
  giftAid: boolean;
  provider: 'stripe' | 'sandbox';
  checkoutSessionId: string | null;
  subscriptionId: string | null;
  customerId: string | null;
}

interface DonationRow {
  id: string;
  amount_pence: number;
  frequency: Frequency;
  status: DonationStatus;
  gift_aid: boolean;
  provider: 'stripe' | 'sandbox';
  stripe_checkout_session_id: string | null;
  stripe_subscription_id: string | null;
  stripe_customer_id: string | null;
}

const SUMMARY_COLUMNS = 'id, amount_pence, frequency, status, gift_aid, provider, stripe_checkout_session_id, stripe_subscription_id, stripe_customer_id';

function toDonationSummary(row: DonationRow): DonationSummary {
  return {
    id: row.id,
    amountPence: Number(row.amount_pence),
    frequency: row.frequency,
    status: row.status,
    giftAid: row.gift_aid,
    provider: row.provider,
    checkoutSessionId: row.stripe_checkout_session_id,
    subscriptionId: row.stripe_subscription_id,
    customerId: row.stripe_customer_id,
  };
}

/** Stores the declaration (if any, made to `charityName`) and the pending donation together. */
export async function insertPendingDonation(tx: Queryable, input: DonateInput, provider: 'stripe' | 'sandbox', charityName: string | null): Promise<string> {
  const id = newDonationId();
  let declarationId: string | null = null;
  if (input.giftAid) {
    if (!charityName) throw new Error('A Gift Aid declaration needs the registered charity it is made to');
    declarationId = newDeclarationId();
    const g = input.giftAid;
    await tx.query(
      `INSERT INTO gift_aid_declarations (id, title, first_name, last_name, house, postcode, scope, wording_version, charity_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [declarationId, g.title, g.firstName, g.lastName, g.house, g.postcode, g.scope, GIFT_AID_WORDING_VERSION, charityName],
    );
  }
  await tx.query(
    `INSERT INTO donations (id, amount_pence, currency, frequency, provider, gift_aid, gift_aid_declaration_id)
     VALUES ($1, $2, 'gbp', $3, $4, $5, $6)`,
    [id, input.amountPence, input.frequency, provider, declarationId !== null, declarationId],
  );
  return id;
}

export async function recordCheckoutSession(db: Queryable, donationId: string, sessionId: string): Promise<void> {
  await db.query('UPDATE donations SET stripe_checkout_session_id = $2, updated_at = now() WHERE id = $1', [donationId, sessionId]);
}

export async function getDonation(db: Queryable, id: string): Promise<DonationSummary | null> {
  if (!/^don_[A-Za-z0-9_-]{10,40}$/.test(id)) return null;
  const { rows } = await db.query<DonationRow>(`SELECT ${SUMMARY_COLUMNS} FROM donations WHERE id = $1`, [id]);
  return rows[0] ? toDonationSummary(rows[0]) : null;
}

export async function getDonationByManageTokenHash(db: Queryable, tokenHash: string): Promise<DonationSummary | null> {
  const { rows } = await db.query<DonationRow>(`SELECT ${SUMMARY_COLUMNS} FROM donations WHERE manage_token_hash = $1`, [tokenHash]);
  return rows[0] ? toDonationSummary(rows[0]) : null;
}
