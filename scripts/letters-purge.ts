// npm run letters:purge -- --slug <letter> --yes
// After a closed letter has been handed in (the script refuses a letter that is still open): deletes every signature of it (names, emails,
// postcodes, confirm tokens) and keeps only the counts per area. Cannot be undone.
import { parseArgs } from 'node:util';
import { getClient } from '@/lib/content/core/client';
import { fetchOpenLetter, isOpenForSigning } from '@/lib/content/open-letters';
import { getDb } from '@/lib/db';
import { purgeLetter } from '@/lib/letters/hand-in';

const { values } = parseArgs({ options: { slug: { type: 'string' }, yes: { type: 'boolean', default: false } } });
if (!values.slug) {
  console.error('Usage: npm run letters:purge -- --slug <letter-slug> --yes');
  process.exit(2);
}
if (!values.yes) {
  console.error(`This deletes every name and email address on "${values.slug}" and keeps only the counts. Export the hand-in list first, then run again with --yes.`);
  process.exit(2);
}

// Only a closed letter: the published entry must say so (or be past its closing date).
const letter = await fetchOpenLetter(getClient('delivery'), values.slug);
if (letter && isOpenForSigning(letter)) {
  console.error(`"${values.slug}" is still open for signatures. Close it in Contentful (status: closed) before purging.`);
  process.exit(1);
}

const db = await getDb();
try {
  const { deleted, kept } = await purgeLetter(db, values.slug);
  console.log(`Deleted ${deleted} signature${deleted === 1 ? '' : 's'} of "${values.slug}"; the public count of ${kept} is kept.`);
} finally {
  await db.close();
}
