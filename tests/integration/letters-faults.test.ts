import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, type Db } from '@/lib/db';
import { readTally } from '@/lib/letters/counts';
import { revalidateSoon } from '@/lib/letters/revalidation';
import { confirm } from '@/lib/letters/service';
import { handleSign, RETRY_FAILED } from '@/lib/letters/service';
import type { MailSender } from '@/lib/mail';
import { openTestPostgres, TEST_DATABASE_URL } from '../support/db';
import { tokenIn } from '../support/mail';
import { client, lettersTestDeps, signForm, testLetter } from '../support/letters';
import { startTcpProxy } from '../support/tcp-proxy';

describe('open letter under concurrency and faults (Postgres)', () => {
  let db: Db;
  let schema: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, schema, cleanup } = await openTestPostgres());
  });
  afterAll(async () => {
    await cleanup();
  });

  const rows = async (slug: string) =>
    (await db.query<{ status: string }>('SELECT status FROM letter_signatures WHERE letter_slug = $1', [slug])).rows;

  it('enforces one signature per (letter, email) in the database itself', async () => {
    await db.query("INSERT INTO letter_wordings (letter_slug, version, wording) VALUES ('uniq', 'v1', 'text')");
    const insert = () =>
      db.query(
        `INSERT INTO letter_signatures (letter_slug, email, first_name, last_name, postcode, constituency_code, constituency_name, wording_version, status)
         VALUES ('uniq', 'same@example.org', 'A', 'B', 'LS6 1AN', 'pcd:LS6', 'LS6', 'v1', 'pending')`,
      );
    await insert();
    await expect(insert()).rejects.toMatchObject({ code: '23505' });
  });

  it('keeps one row and one count when the same address signs and confirms many times at once', async () => {
    const t = lettersTestDeps(db);
    const letter = testLetter({ slug: 'race' });
    const states = await Promise.all(Array.from({ length: 5 }, () => handleSign(signForm({ email: 'racer@example.org' }, letter), client(), letter, async () => t.deps)));
    expect(new Set(states.map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify({ status: 'sent' })]));
    await t.settle();
    expect(await rows('race')).toHaveLength(1);
    const mails = t.outbox();
    expect(mails).toHaveLength(1);
    const token = tokenIn(mails[0]!, '/act/race/confirm');
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => confirm(t.deps, token)));
    expect(outcomes.filter((o) => o.outcome === 'confirmed')).toHaveLength(1);
    expect((await readTally(db, 'race')).total).toBe(1);
    t.cleanup();
  });

  it('answers before the email is sent, so a slow mail server reveals nothing about an address', async () => {
    let release: () => void = () => undefined;
    const slow: MailSender = { send: () => new Promise((resolve) => (release = () => resolve({ messageId: 'x' }))) };
    const t = lettersTestDeps(db, { mailer: slow });
    const letter = testLetter({ slug: 'timing' });
    const state = await handleSign(signForm({ email: 'timing@example.org' }, letter), client(), letter, async () => t.deps);
    expect(state).toEqual({ status: 'sent' });
    expect(await rows('timing')).toHaveLength(1);
    // The reply came back while the mail server was still holding the message.
    release();
    await t.settle();
  });

  it('never logs an email address or a token', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(String(line)));
    const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(String(line)));
    try {
      const t = lettersTestDeps(db, { mailer: { send: async () => ({ messageId: 'x' }) } });
      const letter = testLetter({ slug: 'logs' });
      await handleSign(signForm({ email: 'secret.person@example.org' }, letter), client(), letter, async () => t.deps);
      await t.settle();
      expect(lines.some((l) => l.includes('letters.signed'))).toBe(true);
      expect(lines.join('\n')).not.toContain('secret.person');
    } finally {
      spy.mockRestore();
      err.mockRestore();
    }
  });

  it('while the database is unreachable says "try again" and keeps nothing half-done; afterwards the same post is stored', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(TEST_DATABASE_URL).port || 5432) });
    const url = new URL(TEST_DATABASE_URL);
    url.host = `127.0.0.1:${proxy.port}`;
    const flaky = await openDb({ databaseUrl: url.toString(), dataDir: '.data', schema });
    const t = lettersTestDeps(flaky);
    const letter = testLetter({ slug: 'outage' });
    try {
      proxy.cut();
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) => handleSign(signForm({ email: `outage-${i}@example.org` }, letter), client(), letter, async () => t.deps)),
      );
      for (const r of results) expect(r).toMatchObject({ status: 'retry', message: RETRY_FAILED, values: { lastName: 'Taylor' } });
      // Cut in the middle of a burst: every reply is either "sent" with its row stored, or "try again".
      proxy.restore();
      const burst = Array.from({ length: 20 }, (_, i) => handleSign(signForm({ email: `burst-${i}@example.org` }, letter), client(), letter, async () => t.deps));
      setTimeout(() => proxy.cut(), 5);
      const answers = await Promise.all(burst);
      proxy.restore();
      const stored = new Set((await db.query<{ email: string }>("SELECT email FROM letter_signatures WHERE letter_slug = 'outage'")).rows.map((r) => r.email));
      answers.forEach((a, i) => {
        expect(['sent', 'retry']).toContain(a.status);
        if (a.status === 'sent') expect(stored.has(`burst-${i}@example.org`)).toBe(true);
      });
      for (let i = 0; i < 5; i++) expect(stored.has(`outage-${i}@example.org`)).toBe(false);
      const again = await handleSign(signForm({ email: 'outage-0@example.org' }, letter), client(), letter, async () => t.deps);
      expect(again).toEqual({ status: 'sent' });
      expect((await rows('outage')).length).toBe(stored.size + 1);
    } finally {
      await t.settle();
      t.cleanup();
      await flaky.close().catch(() => undefined);
      await proxy.close();
    }
  });

  it('revalidates at most once per window across two instances, and always once after the last confirmation', async () => {
    const other = await openDb({ databaseUrl: TEST_DATABASE_URL, dataDir: '.data', schema });
    let now = new Date('2026-01-05T10:00:00Z').getTime();
    const calls: number[] = [];
    const sleepers: { ms: number; wake: () => void }[] = [];
    const deps = (q: Db) => ({
      db: q,
      now: () => new Date(now),
      revalidate: () => void calls.push(now),
      // The test moves the clock by hand when it wakes a sleeper.
      sleep: (ms: number) => new Promise<void>((wake) => sleepers.push({ ms, wake })),
      windowMs: 5_000,
    });
    try {
      expect(await revalidateSoon(deps(db), 'gate')).toBe('now');
      // 40 confirmations inside the window, half through each instance's connection pool.
      now += 100;
      const settled: string[] = [];
      const results = Array.from({ length: 40 }, (_, i) => revalidateSoon(deps(i % 2 ? other : db), 'gate').then((o) => (settled.push(o), o)));
      await vi.waitFor(() => expect(settled.length + sleepers.length).toBe(40), { timeout: 10_000 });
      expect(sleepers).toHaveLength(1);
      expect(settled.every((o) => o === 'queued')).toBe(true);
      expect(calls).toHaveLength(1);
      const sleeper = sleepers.shift()!;
      expect(sleeper.ms).toBe(4_900 + 50);
      now += sleeper.ms;
      sleeper.wake();
      expect(await Promise.all(results)).toContain('later');
      expect(calls).toHaveLength(2);
      expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(5_000);
      const { rows: r } = await db.query<{ pending: boolean }>("SELECT pending FROM letter_revalidations WHERE letter_slug = 'gate'");
      expect(r[0]?.pending).toBe(false);
      // A quiet window later, the next confirmation revalidates at once again.
      now += 6_000;
      expect(await revalidateSoon(deps(other), 'gate')).toBe('now');
      expect(calls).toHaveLength(3);
    } finally {
      await other.close();
    }
  });
});
