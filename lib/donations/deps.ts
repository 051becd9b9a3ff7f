import type { Db } from '@/lib/db';
import type { MailSender } from '@/lib/mail';
import type { PaymentsProvider } from '@/lib/payments';

/** Everything the donation flow talks to; production wiring is in index.ts, tests pass their own. */
export interface DonationDeps {
  db: Db;
  payments: PaymentsProvider;
  mailer: MailSender;
  siteUrl: string;
  campaignName: string;
}
