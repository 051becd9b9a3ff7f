import { describe, expect, it } from 'vitest';
import { isOpenForSigning, toOpenLetter } from '@/lib/content/open-letters';
import { progress } from '@/lib/letters/tally';
import { parseSign } from '@/lib/letters/schema';
import { signForm } from '../support/letters';

const doc = (text: string) => ({ nodeType: 'document', data: {}, content: [{ nodeType: 'paragraph', data: {}, content: [{ nodeType: 'text', value: text, marks: [], data: {} }] }] });
const entry = (fields: Record<string, unknown> = {}) => ({
  sys: { id: 'l1', updatedAt: '2026-11-30T10:00:00Z' },
  fields: { title: 'A letter', slug: 'a-letter', addressee: 'The Secretary of State', summary: 'Sign it.', body: doc('Dear Secretary of State,'), target: 1000, milestones: ['500', '100', '5000', '100'], status: 'open', ...fields },
});

describe('openLetter mapper', () => {
  it('maps an entry, sorting milestones below the target and keeping the wording as plain text', () => {
    const letter = toOpenLetter(entry())!;
    expect(letter.milestones).toEqual([100, 500]);
    expect(letter.wording).toBe('A letter\n\nTo: The Secretary of State\n\nDear Secretary of State,\n');
    expect(letter.wordingVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives every change to the signed words a new wording version, and nothing else', () => {
    const base = toOpenLetter(entry())!.wordingVersion;
    expect(toOpenLetter(entry({ body: doc('Dear Secretary of State;') }))!.wordingVersion).not.toBe(base);
    expect(toOpenLetter(entry({ addressee: 'The Minister' }))!.wordingVersion).not.toBe(base);
    expect(toOpenLetter(entry({ target: 2000, summary: 'Other summary' }))!.wordingVersion).toBe(base);
  });

  it('rejects an entry that breaks the model', () => {
    expect(toOpenLetter(entry({ status: 'paused' }))).toBeNull();
    expect(toOpenLetter(entry({ milestones: ['1,000'] }))).toBeNull();
  });

  it('closes on the closing date or when closed', () => {
    const open = toOpenLetter(entry({ closingDate: '2026-12-02' }))!;
    expect(isOpenForSigning(open, new Date('2026-12-01T23:00:00Z'))).toBe(true);
    expect(isOpenForSigning(open, new Date('2026-12-02T00:00:00Z'))).toBe(false);
    expect(isOpenForSigning({ ...open, closingDate: null, status: 'closed' })).toBe(false);
  });
});

describe('progress to the next milestone', () => {
  it('counts towards the next milestone, then the target', () => {
    expect(progress(0, [100, 500], 1000)).toEqual({ milestones: [{ count: 100, reached: false }, { count: 500, reached: false }, { count: 1000, reached: false }], next: 100, percent: 0 });
    expect(progress(250, [100, 500], 1000)).toMatchObject({ next: 500, percent: 50 });
    expect(progress(1200, [100, 500], 1000)).toMatchObject({ next: null, percent: 100 });
  });
});

describe('signing form schema', () => {
  it('normalises names, email and postcode', () => {
    const parsed = parseSign(signForm({ firstName: '  Siân ', lastName: "O'Brien-Jones", email: ' Sam@Example.ORG ', postcode: 'sw1a0aa', showPublicly: 'yes' }));
    expect(parsed).toMatchObject({ ok: true, data: { firstName: 'Siân', lastName: "O'Brien-Jones", email: 'sam@example.org', postcode: 'SW1A 0AA', showPublicly: true, updates: false } });
  });

  it('explains each problem against its own field', () => {
    const parsed = parseSign(signForm({ firstName: 'x'.repeat(51), lastName: 'Bob\u202e', email: '', postcode: 'JE2 3AB' }));
    expect(parsed).toEqual({
      ok: false,
      errors: {
        firstName: 'First name must be 50 characters or fewer',
        lastName: 'Last name must only include letters, spaces, hyphens and apostrophes',
        email: 'Enter your email address',
        postcode: expect.stringContaining('Jersey, Guernsey and the Isle of Man'),
      },
    });
  });

  it('reports a tampered hidden field against the first field', () => {
    expect(parseSign(signForm({ letter: '../etc' }))).toMatchObject({ ok: false, errors: { firstName: expect.stringContaining('Reload the page') } });
  });
});
