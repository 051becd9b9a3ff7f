// npm run giftaid:export -- [--mark-claimed] [--out file.csv]
// Writes HMRC's Gift Aid schedule columns for paid, declared, unrefunded, unclaimed gifts, under a
// header row naming the claiming charity (and its HMRC charities reference when set). The charity
// comes from the site-settings record; if the operator is not a registered charity it refuses.
// Without --mark-claimed it is a dry run: nothing is stamped as claimed.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getClient } from '@/lib/content/core/client';
import { fetchSiteSettings } from '@/lib/content/site-settings';
import { openDb } from '@/lib/db';
import { exportGiftAid, giftAidClaimant } from '@/lib/donations/gift-aid-export';
import { env } from '@/lib/env';

const { values } = parseArgs({
  options: { 'mark-claimed': { type: 'boolean', default: false }, out: { type: 'string' } },
});

// Read uncached, straight from the Delivery API: a claim must use the record as published now.
const settings = await fetchSiteSettings(getClient('delivery'));
const claimant = giftAidClaimant(settings?.operator ?? null);
if ('refusal' in claimant) {
  console.error(`giftaid:export: refused: ${claimant.refusal}`);
  process.exit(1);
}

const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  const result = await exportGiftAid(db, { markClaimed: values['mark-claimed'] ?? false, claimant });
  if (values.out) writeFileSync(values.out, result.csv);
  else process.stdout.write(result.csv);
  const total = (result.totalPence / 100).toFixed(2);
  const marked = values['mark-claimed'] ? 'marked as claimed' : 'not marked (dry run; add --mark-claimed once submitted)';
  console.error(`${result.count} donation${result.count === 1 ? '' : 's'}, £${total} in total, claimed by ${claimant.name}; ${marked}.`);
  if (result.otherNames > 0) {
    console.error(`${result.otherNames} other declared payment(s) left out: their declarations name another organisation, so ${claimant.name} cannot claim them.`);
  }
} finally {
  await db.close();
}
