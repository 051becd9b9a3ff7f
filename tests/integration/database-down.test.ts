import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// This process's own database is a port nothing listens on: every query fails as if Postgres were down.
const DATA_DIR = vi.hoisted(() => {
  process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/test';
  const dir = `${process.env.TMPDIR ?? '/tmp'}/fixthecms-db-down-${process.pid}-${Date.now()}`;
  process.env.DATA_DIR = dir;
  return dir;
});

const { POST: oneClick } = await import('@/app/api/newsletter/unsubscribe/route');
const { findDonationForReturn } = await import('@/lib/donations/deps');
const { unsubscribeLinkState } = await import('@/lib/newsletter/deps');
const { confirm, handleSignup, requestContext } = await import('@/lib/newsletter/service');
const { drainSpool, spoolDir } = await import('@/lib/newsletter/unsubscribe-spool');
const { testDb } = await import('../support/db');
const { tokenIn } = await import('../support/mail');
const { client, outboxDeps, signupForm } = await import('../support/newsletter');
const { NextRequest } = await import('next/server');

const pg = testDb();
afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

describe('with the database down', () => {
  it('a one-click unsubscribe is kept on disk (202), then applied once the database answers', async () => {
    // A subscriber in a database that works, whose one-click request reaches a server whose database does not.
    const t = outboxDeps(pg.db);
    const email = `one-click-${process.pid}@example.org`;
    await handleSignup(signupForm({ email }, t.clock.now().getTime()), client(), t.deps);
    const mail = t.outbox()[0]!;
    await confirm(t.deps, tokenIn(mail, '/newsletter/confirm'), requestContext(client()));
    const url = /^<([^>]+)>$/.exec(mail.headers.get('list-unsubscribe') ?? '')?.[1] ?? '';
    const token = new URL(url).searchParams.get('token')!;

    const response = await oneClick(new NextRequest(`http://localhost/api/newsletter/unsubscribe?token=${token}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }));
    expect(response.status).toBe(202);
    expect(await response.text()).toMatch(/will unsubscribe you/);
    const spooled = readdirSync(spoolDir(DATA_DIR));
    expect(spooled).toHaveLength(1);
    expect(spooled[0]).toMatch(/^[0-9a-f]{64}\.json$/);

    expect(await drainSpool(async () => ({ ...t.deps, now: () => new Date() }), spoolDir(DATA_DIR))).toBe(0);
    const { rows } = await pg.db.query<{ status: string }>('SELECT status FROM newsletter_subscribers WHERE email = $1', [email]);
    expect(rows[0]?.status).toBe('unsubscribed');
    expect(existsSync(path.join(spoolDir(DATA_DIR), spooled[0]!))).toBe(false);
    t.cleanup();
  });

  it('a spooled request stays on disk while the database is still down', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-spool-'));
    const { spoolOneClick } = await import('@/lib/newsletter/unsubscribe-spool');
    const { newsletterDeps } = await import('@/lib/newsletter/deps');
    await spoolOneClick('a'.repeat(43), { ipHash: null, userAgentClass: 'unknown' }, new Date(), newsletterDeps, dir);
    expect(await drainSpool(newsletterDeps, dir)).toBe(1);
    expect(readdirSync(dir)).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an unsubscribe link is "try again", not "not valid or has expired"', async () => {
    expect(await unsubscribeLinkState('b'.repeat(43))).toBe('unknown');
  });

  it('the page Stripe returns donors to can say the gift is being confirmed', async () => {
    expect(await findDonationForReturn('don_0123456789abcdef')).toBe('unavailable');
    expect(await findDonationForReturn(undefined)).toBeNull();
  });
});
