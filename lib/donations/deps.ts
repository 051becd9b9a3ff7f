import type { Operator } from '@/lib/content/site-settings';
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
  /** From the site-settings record; null only when no valid record could be read (donations pause). */
  operator: Operator | null;
}
