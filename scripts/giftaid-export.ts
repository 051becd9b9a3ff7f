// npm run giftaid:export -- [--mark-claimed] [--out file.csv]
// Writes HMRC's Gift Aid schedule columns for paid, declared, unrefunded, unclaimed gifts.
// Without --mark-claimed it is a dry run: nothing is stamped as claimed.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '@/lib/db';
import { exportGiftAid } from '@/lib/donations/gift-aid-export';
import { env } from '@/lib/env';

const { values } = parseArgs({
  options: { 'mark-claimed': { type: 'boolean', default: false }, out: { type: 'string' } },
});

const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  const result = await exportGiftAid(db, { markClaimed: values['mark-claimed'] ?? false });
  if (values.out) writeFileSync(values.out, result.csv);
  else process.stdout.write(result.csv);
  const total = (result.totalPence / 100).toFixed(2);
  const marked = values['mark-claimed'] ? 'marked as claimed' : 'not marked (dry run; add --mark-claimed once submitted)';
  console.error(`${result.count} donation${result.count === 1 ? '' : 's'}, £${total} in total; ${marked}.`);
} finally {
  await db.close();
}
