import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { createSandboxProvider } from '@/lib/representatives';
import type { LetterAction, WriteState } from '@/lib/write-to-mp/fields';
import { lettersStartedTotals } from '@/lib/write-to-mp/letters-started';
import { findMp, MESSAGES, startLetter, type WriteToMpDeps } from '@/lib/write-to-mp/service';
import { openTestPostgres } from '../support/db';

let db: Db;
let cleanup: () => Promise<void>;
const subscribed: string[] = [];

beforeAll(async () => {
  ({ db, cleanup } = await openTestPostgres());
});
afterAll(() => cleanup());

const ACTION: LetterAction = {
  slug: 'test-action',
  talkingPoints: [
    { id: 'tp-a', title: 'Arrears', body: 'Point A: £547.9m is owed & #unpaid.' },
    { id: 'tp-b', title: 'Service', body: 'Point B about the service.' },
  ],
  request: 'Please back a review.',
  subject: 'Please back a review',
  closingDate: null,
};

const deps = (): WriteToMpDeps => ({ provider: createSandboxProvider(), db: async () => db, secret: 'test-secret-0123456789', subscribe: async (email) => void subscribed.push(email) });
let n = 0;
const ip = () => `ip-${process.pid}-${++n}`;

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) f.append(k, item);
  return f;
}

async function letterStep(postcode = 'SW1A 0AA') {
  const state = await findMp(deps(), ACTION, form({ postcode }), ip());
  if (state.step !== 'letter') throw new Error(`expected the letter step, got ${JSON.stringify(state)}`);
  return state;
}

const send = (state: WriteState) => {
  if (state.step !== 'send') throw new Error(`expected the send step, got ${JSON.stringify(state)}`);
  return state;
};

describe('write to your MP: postcode step', () => {
  it('keeps what was typed and explains the problem', async () => {
    expect(await findMp(deps(), ACTION, form({ postcode: 'sw1a' }), ip())).toEqual({ step: 'postcode', postcode: 'sw1a', error: 'Enter your full postcode, for example SW1A 0AA' });
    expect(await findMp(deps(), ACTION, form({ postcode: 'JE2 4WE' }), ip())).toMatchObject({ postcode: 'JE2 4WE', error: expect.stringContaining('no MP at Westminster') });
    expect(await findMp(deps(), ACTION, form({}), ip())).toMatchObject({ postcode: '', error: 'Enter your postcode' });
  });

  it('gives a vacant seat, an unknown postcode and an outage their own messages', async () => {
    expect(await findMp(deps(), ACTION, form({ postcode: 'm1 1ae' }), ip())).toEqual({ step: 'postcode', postcode: 'm1 1ae', error: MESSAGES.vacant('Canal Side Sample (England)') });
    expect(await findMp(deps(), ACTION, form({ postcode: 'B33 8TH' }), ip())).toMatchObject({ error: MESSAGES.notFoundSandbox });
    expect(await findMp(deps(), ACTION, form({ postcode: 'EC1A 1BB' }), ip())).toEqual({ step: 'postcode', postcode: 'EC1A 1BB', error: MESSAGES.unavailable });
  });

  it('finds the MP and carries them, not the postcode, to the letter step', async () => {
    const state = await letterStep('sw1a0aa');
    expect(state.mp).toMatchObject({ name: 'Ms Alex Sample', email: 'alex.sample.mp@parliament.example', constituency: 'Riverside Sample (England)' });
    expect(state.values.points).toEqual(['tp-a', 'tp-b']);
    expect(Buffer.from(state.token.split('.')[0]!, 'base64url').toString()).not.toMatch(/SW1A|0AA/i);
    expect(JSON.stringify(state)).not.toMatch(/SW1A ?0AA/i);
  });

  it('says the action has closed after its closing date', async () => {
    const closed = { ...ACTION, closingDate: '2020-01-01' };
    expect(await findMp(deps(), closed, form({ postcode: 'SW1A 0AA' }), ip())).toEqual({ step: 'closed' });
  });
});

describe('write to your MP: letter step', () => {
  it('builds the mailto link from the chosen points and own words, and counts the letter', async () => {
    const { token } = await letterStep();
    const before = await lettersStartedTotals(db, ACTION.slug, 'sandbox');
    const state = send(await startLetter(deps(), ACTION, form({ token, points: ['tp-a'], ownWords: 'My own story.\n\nSecond paragraph.', subject: 'My subject & more' }), ip()));
    expect(state.letter).toContain('Dear Ms Sample,');
    expect(state.letter).toContain('Point A: £547.9m is owed & #unpaid.');
    expect(state.letter).not.toContain('Point B');
    expect(state.letter).toContain('My own story.\n\nSecond paragraph.');
    expect(state.letter).toContain('Please back a review.');
    const url = new URL(state.mailto!);
    expect(url.pathname).toBe('alex.sample.mp@parliament.example');
    expect(url.searchParams.get('subject')).toBe('My subject & more');
    expect(decodeURIComponent(url.search.split('body=')[1]!)).toBe(state.letter.replace(/\n/g, '\r\n'));
    expect(state.includesBody).toBe(true);
    expect(await lettersStartedTotals(db, ACTION.slug, 'sandbox')).toEqual({ letters: before.letters + 1, constituencies: 1 });
  });

  it('asks for a point or own words, keeps what was typed, and counts nothing', async () => {
    const { token } = await letterStep();
    const before = await lettersStartedTotals(db, ACTION.slug, 'sandbox');
    const state = await startLetter(deps(), ACTION, form({ token, ownWords: '   ', subject: 'Kept subject' }), ip());
    expect(state).toMatchObject({ step: 'letter', errors: { points: 'Choose at least one point, or write a few lines in your own words' }, values: { subject: 'Kept subject', points: [] } });
    expect(await lettersStartedTotals(db, ACTION.slug, 'sandbox')).toEqual(before);
  });

  it('refuses a forged or expired token and asks for the postcode again', async () => {
    const { token } = await letterStep();
    const forged = `${Buffer.from(JSON.stringify({ v: 1, action: ACTION.slug, source: 'sandbox', mp: {}, exp: Date.now() + 1e6 })).toString('base64url')}.${token.split('.')[1]}`;
    for (const t of [forged, 'nonsense', '']) expect(await startLetter(deps(), ACTION, form({ token: t, points: ['tp-a'], subject: 's' }), ip())).toEqual({ step: 'postcode', postcode: '', notice: MESSAGES.expired });
    const other = await startLetter(deps(), { ...ACTION, slug: 'other-action' }, form({ token, points: ['tp-a'], subject: 's' }), ip());
    expect(other).toMatchObject({ step: 'postcode', notice: MESSAGES.expired });
  });

  it('signs up for updates only when the box is ticked, with a valid address', async () => {
    const { token } = await letterStep();
    const missing = await startLetter(deps(), ACTION, form({ token, points: ['tp-a'], subject: 's', updates: 'yes', email: '' }), ip());
    expect(missing).toMatchObject({ step: 'letter', errors: { email: 'Enter your email address' } });
    const ticked = send(await startLetter(deps(), ACTION, form({ token, points: ['tp-a'], subject: 's', updates: 'yes', email: 'Supporter@Example.org' }), ip()));
    expect(ticked.updates).toBe('sent');
    const unticked = send(await startLetter(deps(), ACTION, form({ token, points: ['tp-a'], subject: 's', email: 'other@example.org' }), ip()));
    expect(unticked.updates).toBe('none');
    expect(subscribed).toEqual(['supporter@example.org']);
  });

  it('points to the contact page when the MP publishes no email, and drops the body from an over-long link', async () => {
    const noEmail = await letterStep('BT4 3XX');
    const contact = send(await startLetter(deps(), ACTION, form({ token: noEmail.token, points: ['tp-a'], subject: 's' }), ip()));
    expect(contact.mailto).toBeNull();
    const { token } = await letterStep('CF99 1SN');
    const long = send(await startLetter(deps(), ACTION, form({ token, points: ['tp-a', 'tp-b'], subject: 'Siân', ownWords: 'ŵ'.repeat(900) }), ip()));
    expect(long.includesBody).toBe(false);
    expect(long.mailto).toBe('mailto:sian.enghraifft.mp@parliament.example?subject=Si%C3%A2n');
    expect(long.letter).toContain('ŵ'.repeat(900));
  });

  it('rejects own words over the limit or with hidden characters', async () => {
    const { token } = await letterStep();
    expect(await startLetter(deps(), ACTION, form({ token, subject: 's', ownWords: 'x'.repeat(3001) }), ip())).toMatchObject({ errors: { ownWords: 'Your own words must be 3,000 characters or fewer' } });
    expect(await startLetter(deps(), ACTION, form({ token, subject: 's', ownWords: 'a\u202eb' }), ip())).toMatchObject({ errors: { ownWords: 'Your own words must not contain hidden characters' } });
  });
});
