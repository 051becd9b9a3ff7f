import { describe, expect, it } from 'vitest';
import { listPublicSupporters, readTally } from '@/lib/letters/counts';
import { exportHandInCsv, purgeLetter } from '@/lib/letters/hand-in';
import { confirm, EMAIL_WINDOW_MS, inspectConfirmToken } from '@/lib/letters/service';
import { handleSign } from '@/lib/letters/service';
import { hashToken } from '@/lib/newsletter/tokens';
import { createSandboxProvider } from '@/lib/representatives';
import { BACKENDS, testDb } from '../support/db';
import { tokenIn } from '../support/mail';
import { client, lettersTestDeps, signForm, testLetter } from '../support/letters';

describe.each(BACKENDS)('open letter on %s', (name, open) => {
  // Rate limits live in this process across both backends: keep each backend's addresses apart.
  const addr = (local: string) => `${local}.${name.toLowerCase()}@example.org`;
  const store = testDb(open, 120_000);

  const row = async (email: string, slug = testLetter().slug) =>
    (
      await store.db.query<{ status: string; first_name: string; wording_version: string; constituency_name: string; confirmed_at: Date | null; show_publicly: boolean }>(
        'SELECT status, first_name, wording_version, constituency_name, confirmed_at, show_publicly FROM letter_signatures WHERE letter_slug = $1 AND email = $2',
        [slug, email],
      )
    ).rows;
  const confirmedRows = async (slug: string) =>
    Number((await store.db.query<{ n: string }>("SELECT count(*)::text AS n FROM letter_signatures WHERE letter_slug = $1 AND status = 'confirmed'", [slug])).rows[0]?.n);

  it('stores a pending signature with the wording it was signed against, and a link whose GET changes nothing', async () => {
    const t = lettersTestDeps(store.db);
    const letter = testLetter();
    const state = await handleSign(signForm({ email: `  ${addr('Sign.One').toUpperCase()} ` }), client(), letter, async () => t.deps);
    expect(state).toEqual({ status: 'sent' });
    await t.settle();
    const [r] = await row(addr('sign.one'));
    expect(r).toMatchObject({ status: 'pending', first_name: 'Sam', wording_version: letter.wordingVersion, constituency_name: 'LS6', confirmed_at: null });
    const wording = await store.db.query<{ wording: string }>('SELECT wording FROM letter_wordings WHERE letter_slug = $1 AND version = $2', [letter.slug, letter.wordingVersion]);
    expect(wording.rows[0]?.wording).toBe(letter.wording);

    const mails = t.outbox();
    expect(mails).toHaveLength(1);
    const link = mails[0]!.text.match(/https:\/\/\S+/)![0];
    expect(link).not.toContain('example.org');
    expect(link).not.toContain('%40');
    const token = tokenIn(mails[0]!, `/act/${letter.slug}/confirm`);
    const stored = await store.db.query<{ token_hash: string }>('SELECT token_hash FROM letter_tokens');
    expect(stored.rows.map((s) => s.token_hash)).toContain(hashToken(token));
    expect(stored.rows.map((s) => s.token_hash)).not.toContain(token);

    expect(await inspectConfirmToken(t.deps, token)).toEqual({ state: 'valid', slug: letter.slug });
    expect((await row(addr('sign.one')))[0]?.status).toBe('pending');
    expect((await readTally(store.db, letter.slug)).total).toBe(0);

    expect(await confirm(t.deps, token)).toEqual({ outcome: 'confirmed', slug: letter.slug });
    await t.settle();
    expect(t.confirmedSlugs).toEqual([letter.slug]);
    expect((await row(addr('sign.one')))[0]?.status).toBe('confirmed');
    expect(await confirm(t.deps, token)).toEqual({ outcome: 'already-confirmed', slug: letter.slug });
    const tally = await readTally(store.db, letter.slug);
    expect(tally.total).toBe(1);
    expect(tally.byArea).toEqual([{ code: 'pcd:LS6', name: 'LS6', count: 1 }]);
    expect(tally.updatedAt).toBe(t.clock.now().toISOString());
    t.cleanup();
  });

  it('gives the same answer to the same address signing twice, and counts it once', async () => {
    const t = lettersTestDeps(store.db);
    const letter = testLetter({ slug: 'twice' });
    const email = addr('twice');
    const first = await handleSign(signForm({ email }, letter), client(), letter, async () => t.deps);
    await t.settle();
    const token = tokenIn(t.outbox()[0]!, '/act/twice/confirm');
    await confirm(t.deps, token);
    t.clock.advance(EMAIL_WINDOW_MS + 1);
    const again = await handleSign(signForm({ email, firstName: 'Someone', postcode: 'SW1A 1AA' }, letter), client(), letter, async () => t.deps);
    const withinWindow = await handleSign(signForm({ email }, letter), client(), letter, async () => t.deps);
    await t.settle();
    expect(again).toEqual(first);
    expect(withinWindow).toEqual(first);
    // The second post mails an "already signed" note; the third is inside the window and mails nothing.
    const mails = t.outbox();
    expect(mails.map((m) => m.headers.get('subject'))).toEqual(['Confirm your name on the #FixTheCMS open letter', 'You have already signed the #FixTheCMS open letter']);
    expect((await row(email, 'twice'))[0]).toMatchObject({ status: 'confirmed', first_name: 'Sam', constituency_name: 'LS6' });
    const secondToken = tokenIn(mails[1]!, '/act/twice');
    expect(secondToken).toBe('');
    expect((await readTally(store.db, 'twice')).total).toBe(1);
    expect(await confirmedRows('twice')).toBe(1);
    t.cleanup();
  });

  it('counts by constituency from the representatives lookup, and by postcode district when it cannot answer', async () => {
    const t = lettersTestDeps(store.db);
    t.deps.representatives = createSandboxProvider();
    const letter = testLetter({ slug: 'areas' });
    for (const [email, postcode] of [
      [addr('found'), 'sw1a0aa'],
      [addr('vacant'), 'M1 1AE'],
      [addr('down'), 'EC1A 1BB'],
      [addr('unknown'), 'LS6 1AN'],
    ] as const) {
      expect(await handleSign(signForm({ email, postcode }, letter), client(), letter, async () => t.deps)).toEqual({ status: 'sent' });
    }
    await t.settle();
    for (const mail of t.outbox()) await confirm(t.deps, tokenIn(mail, '/act/areas/confirm'));
    const tally = await readTally(store.db, 'areas');
    expect(tally.byArea.map((a) => [a.code, a.name, a.count]).sort()).toEqual([
      ['pcd:EC1A', 'EC1A', 1],
      ['pcd:LS6', 'LS6', 1],
      ['sandbox:sample-1', 'Riverside Sample (England)', 1],
      ['sandbox:sample-5', 'Canal Side Sample (England)', 1],
    ]);
    t.cleanup();
  });

  it('keeps the fields, explains each problem next to it, and stores nothing for bad input', async () => {
    const t = lettersTestDeps(store.db);
    const letter = testLetter({ slug: 'bad-input' });
    const state = await handleSign(signForm({ firstName: '', lastName: 'T<script>', email: 'not-an-email', postcode: 'LS6' }, letter), client(), letter, async () => t.deps);
    expect(state).toMatchObject({
      status: 'invalid',
      values: { firstName: '', lastName: 'T<script>', email: 'not-an-email', postcode: 'LS6' },
      errors: {
        firstName: 'Enter your first name',
        lastName: 'Last name must only include letters, spaces, hyphens and apostrophes',
        email: 'Enter an email address in the correct format, like name@example.com',
        postcode: 'Enter your full postcode, for example SW1A 0AA',
      },
    });
    const stale = await handleSign(signForm({ wordingVersion: 'old-version' }, letter), client(), letter, async () => t.deps);
    expect(stale).toMatchObject({ status: 'invalid', errors: { firstName: expect.stringContaining('The letter has changed') } });
    const closed = await handleSign(signForm({}, letter), client(), { ...letter, open: false }, async () => t.deps);
    expect(closed).toEqual({ status: 'closed' });
    expect((await store.db.query("SELECT 1 FROM letter_signatures WHERE letter_slug = 'bad-input'")).rows).toHaveLength(0);
    t.cleanup();
  });

  it('lists only supporters who ticked the box, exports the hand-in list, and purges to counts only', async () => {
    const t = lettersTestDeps(store.db);
    const letter = testLetter({ slug: 'hand-in' });
    const people = [
      { email: addr('public'), firstName: 'Ada', showPublicly: 'yes', updates: '' },
      { email: addr('updates'), firstName: 'Bea', showPublicly: '', updates: 'yes' },
      { email: addr('private'), firstName: 'Cal', showPublicly: '', updates: '' },
      { email: addr('unconfirmed'), firstName: 'Dee', showPublicly: 'yes', updates: 'yes' },
    ];
    for (const p of people) await handleSign(signForm({ ...p, postcode: 'NE1 4ST' }, letter), client(), letter, async () => t.deps);
    await t.settle();
    // Everyone but the last confirms (the outbox's file order is not the signing order).
    for (const mail of t.outbox().filter((m) => m.headers.get('to') !== addr('unconfirmed'))) await confirm(t.deps, tokenIn(mail, '/act/hand-in/confirm'));

    expect(await listPublicSupporters(store.db, 'hand-in')).toEqual([{ firstName: 'Ada', area: 'NE1' }]);
    const { csv, count } = await exportHandInCsv(store.db, 'hand-in');
    expect(count).toBe(3);
    expect(csv).toContain('Bea,Taylor,NE1,' + addr('updates'));
    expect(csv).not.toContain(addr('public'));
    expect(csv).not.toContain(addr('private'));
    expect(csv).not.toContain('Dee');

    expect(await purgeLetter(store.db, 'hand-in')).toEqual({ deleted: 4, kept: 3 });
    expect((await store.db.query("SELECT 1 FROM letter_signatures WHERE letter_slug = 'hand-in'")).rows).toHaveLength(0);
    expect((await readTally(store.db, 'hand-in')).total).toBe(3);
    const after = await handleSign(signForm({ email: addr('late') }, letter), client(), letter, async () => t.deps);
    expect(after).toEqual({ status: 'closed' });
    t.cleanup();
  });
});
