import type { Db } from '@/lib/db';
import type { DonationDeps } from '@/lib/donations/deps';
import type { MailSender, OutgoingMail } from '@/lib/mail';
import type { PaymentsProvider } from '@/lib/payments';

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

export function testDeps(db: Db, payments: PaymentsProvider, mailer: MailSender = memoryMailer()): DonationDeps {
  return { db, payments, mailer, siteUrl: 'https://fixthecms.test', campaignName: '#FixTheCMS' };
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
