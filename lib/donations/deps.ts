import type { Db } from '@/lib/db';
import type { Mailer, PaymentsProvider } from '@/lib/payments';

/** Everything the donation flow talks to; production wiring is in index.ts, tests pass their own. */
export interface DonationDeps {
  db: Db;
  payments: PaymentsProvider;
  mailer: Mailer;
  siteUrl: string;
  campaignName: string;
}
