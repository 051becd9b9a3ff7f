// `npm run actions:export [-- --out file.csv]`: letters started per action and constituency, as CSV
// for editors. Uses DATABASE_URL / DATA_DIR like the site. Counts only, no personal data.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { getDb } from '@/lib/db';
import { exportLettersStartedCsv } from '@/lib/write-to-mp/export';

const outFlag = process.argv.indexOf('--out');
const out = path.resolve(outFlag >= 0 && process.argv[outFlag + 1] ? process.argv[outFlag + 1]! : `letters-started-${new Date().toISOString().slice(0, 10)}.csv`);

const db = await getDb();
try {
  const { csv, rows, letters } = await exportLettersStartedCsv(db);
  writeFileSync(out, csv);
  console.log(`Wrote ${letters} letter${letters === 1 ? '' : 's'} started in ${rows} row${rows === 1 ? '' : 's'} (action × constituency) to ${out}`);
} finally {
  await db.close();
}
