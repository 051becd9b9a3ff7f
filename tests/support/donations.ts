import { toSiteSettings } from '@/lib/content/site-settings';
import type { SiteSettings } from '@/lib/content/site-settings';
import type { Operator } from '@/lib/operator';
import type { Db } from '@/lib/db';
import type { DonationDeps } from '@/lib/donations/service';
import type { MailSender, OutgoingMail } from '@/lib/mail';
import type { PaymentsProvider } from '@/lib/payments';
import { LOCALE, ofType } from './seed';

export const TEST_WEBHOOK_SECRET = 'whsec_test_0123456789abcdef';

/** Collects sent mail in memory. */
export function memoryMailer(): MailSender & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
      return { messageId: `<${sent.length}@memory.test>` };
    },
  };
}

/** The seed's site-settings entry through the site's own mapper, with fields changed as an editor would. */
export function seedSettings(changes: Record<string, unknown> = {}): SiteSettings | null {
  const entry = ofType('siteSettings')[0]!;
  const fields = Object.fromEntries(Object.entries(entry.fields).map(([k, v]) => [k, v[LOCALE]]));
  return toSiteSettings({ sys: { id: entry.sys.id }, fields: { ...fields, ...changes } });
}

export function seedOperator(changes: Record<string, unknown> = {}): Operator {
  const operator = seedSettings(changes)?.operator;
  if (!operator) throw new Error(`seed site settings with ${JSON.stringify(changes)} are invalid`);
  return operator;
}

export function testDeps(db: Db, payments: PaymentsProvider, mailer: MailSender = memoryMailer(), operator: Operator | null = seedOperator()): DonationDeps {
  return { db, payments, mailer, siteUrl: 'https://fixthecms.test', campaignName: '#FixTheCMS', operator };
}

export function donateForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

export const GIFT_AID_FIELDS = {
  giftAid: 'yes',
  title: 'Ms',
  firstName: 'Alex',
  lastName: 'Example',
  house: '12',
  postcode: 'sw1a1aa',
  giftAidScope: 'all',
  giftAidConfirm: 'yes',
};

export async function count(db: Db, table: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
  return Number(rows[0]?.n ?? 0);
}
