import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { exportLettersStartedCsv } from '@/lib/write-to-mp/export';
import { countLetterStarted, lettersStartedTotals } from '@/lib/write-to-mp/letters-started';
import { openTestPostgres } from '../support/db';

let db: Db;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = await openTestPostgres());
});
afterAll(() => cleanup());

const riverside = { id: 'sample-1', name: 'Riverside Sample (England)' };
const shore = { id: 'sample-2', name: 'Lothian Shore Sample (Scotland)' };

describe('letters started', () => {
  it('counts per action and constituency, and keeps sandbox and real counts apart', async () => {
    await countLetterStarted(db, 'review', 'sandbox', riverside);
    await countLetterStarted(db, 'review', 'sandbox', riverside);
    await countLetterStarted(db, 'review', 'sandbox', shore);
    await countLetterStarted(db, 'other', 'sandbox', shore);
    await countLetterStarted(db, 'review', 'parliament', { id: '4001', name: 'Real Place' });
    expect(await lettersStartedTotals(db, 'review', 'sandbox')).toEqual({ letters: 3, constituencies: 2 });
    expect(await lettersStartedTotals(db, 'review', 'parliament')).toEqual({ letters: 1, constituencies: 1 });
    expect(await lettersStartedTotals(db, 'none', 'sandbox')).toEqual({ letters: 0, constituencies: 0 });
  });

  it('counts concurrent letters without losing any', async () => {
    await Promise.all(Array.from({ length: 25 }, () => countLetterStarted(db, 'burst', 'parliament', riverside)));
    expect(await lettersStartedTotals(db, 'burst', 'parliament')).toEqual({ letters: 25, constituencies: 1 });
  });

  it('stores nothing but the action, source, constituency, count and two dates', async () => {
    const { rows } = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'letters_started' AND table_schema = current_schema() ORDER BY ordinal_position`,
    );
    expect(rows.map((r) => r.column_name)).toEqual(['action_slug', 'source', 'constituency_id', 'constituency_name', 'letters', 'first_on', 'last_on']);
  });

  it('exports CSV for editors, with formula-looking names neutralised', async () => {
    await countLetterStarted(db, 'csv', 'parliament', { id: '9', name: '=HYPERLINK("x"), "quoted"' });
    const { csv, rows, letters } = await exportLettersStartedCsv(db);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('action_slug,source,constituency_id,constituency,letters_started,first_day,last_day');
    const today = new Date().toISOString().slice(0, 10);
    expect(lines).toContain(`review,sandbox,sample-1,Riverside Sample (England),2,${today},${today}`);
    expect(lines).toContain(`csv,parliament,9,"'=HYPERLINK(""x""), ""quoted""",1,${today},${today}`);
    expect(rows).toBe(lines.length - 1);
    expect(letters).toBe(3 + 1 + 1 + 25 + 1);
  });
});
