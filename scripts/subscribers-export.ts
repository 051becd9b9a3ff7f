// `npm run subscribers:export [-- --out file.csv]`: confirmed subscribers with their consent
// date and wording version, as CSV for the campaign team. Uses DATABASE_URL / DATA_DIR like the site.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { getDb } from '@/lib/db';
import { exportConfirmedCsv } from '@/lib/newsletter/export';

const outFlag = process.argv.indexOf('--out');
const out = path.resolve(outFlag >= 0 && process.argv[outFlag + 1] ? process.argv[outFlag + 1]! : `subscribers-${new Date().toISOString().slice(0, 10)}.csv`);

const db = await getDb();
try {
  const { csv, count } = await exportConfirmedCsv(db);
  // Personal data: readable by this user only.
  writeFileSync(out, csv, { mode: 0o600 });
  console.log(`Wrote ${count} confirmed subscriber${count === 1 ? '' : 's'} to ${out}`);
} finally {
  await db.close();
}
