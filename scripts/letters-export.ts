// npm run letters:export -- --slug <letter> [--out file.csv]
// The hand-in list of a letter: confirmed names and constituencies; email addresses only of
// people who also asked for campaign updates. Uses DATABASE_URL / DATA_DIR like the site.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getDb } from '@/lib/db';
import { exportHandInCsv } from '@/lib/letters/hand-in';

const { values } = parseArgs({ options: { slug: { type: 'string' }, out: { type: 'string' } } });
if (!values.slug) {
  console.error('Usage: npm run letters:export -- --slug <letter-slug> [--out file.csv]');
  process.exit(2);
}
const out = path.resolve(values.out ?? `letter-${values.slug}-${new Date().toISOString().slice(0, 10)}.csv`);

const db = await getDb();
try {
  const { csv, count } = await exportHandInCsv(db, values.slug);
  // Personal data: readable by this user only.
  writeFileSync(out, csv, { mode: 0o600 });
  console.log(`Wrote ${count} confirmed signature${count === 1 ? '' : 's'} of "${values.slug}" to ${out}`);
} finally {
  await db.close();
}
