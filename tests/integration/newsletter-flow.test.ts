import { describe, expect, it } from 'vitest';
import { CURRENT_CONSENT_VERSION, consentWording } from '@/lib/newsletter/consent';
import { exportConfirmedCsv } from '@/lib/newsletter/export';
import {
  confirm,
  EMAIL_WINDOW_MS,
  inspectConfirmToken,
  resendConfirmation,
  unsubscribeByEmail,
  unsubscribeByToken,
} from '@/lib/newsletter/service';
import { handleSignup, requestContext } from '@/lib/newsletter/service';
import { CONFIRM_TOKEN_TTL_MS } from '@/lib/newsletter/tokens';
import { BACKENDS, testDb } from '../support/db';
import { tokenIn } from '../support/mail';
import { client, outboxDeps, signupForm } from '../support/newsletter';

describe.each(BACKENDS)('newsletter on %s', (name, open) => {
  // Rate limits live in this process across both backends: keep each backend's addresses apart.
  const addr = (local: string) => `${local}.${name.toLowerCase()}@example.org`;
  const store = testDb(open);

  const status = async (email: string) =>
    (await store.db.query<{ status: string }>('SELECT status FROM newsletter_subscribers WHERE email = $1', [email])).rows[0]?.status;
  const events = async (email: string) =>
    (
      await store.db.query<{ action: string; wording_version: string | null; method: string; source: string | null; ip_hash: string | null; user_agent_class: string }>(
        `SELECT e.action, e.wording_version, e.method, e.source, e.ip_hash, e.user_agent_class FROM newsletter_consent_events e
         JOIN newsletter_subscribers s ON s.id = e.subscriber_id WHERE s.email = $1 ORDER BY e.id`,
        [email],
      )
    ).rows;

  it('creates the newsletter tables through the migration', async () => {
    const { rows } = await store.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'newsletter_%' AND table_schema = current_schema() ORDER BY 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(['newsletter_consent_events', 'newsletter_consent_wordings', 'newsletter_subscribers', 'newsletter_tokens']);
  });

  it('signs up, records consent, mails a link whose GET does not confirm, and confirms on POST once', async () => {
    const t = outboxDeps(store.db);
    const c = client();
    const state = await handleSignup(signupForm({ email: `  ${addr('Parent.One').toUpperCase()} `, firstName: 'Sam', postcodeArea: 'ls6' }, t.clock.now().getTime()), c, t.deps);
    expect(state).toEqual({ status: 'sent' });
    expect(await status(addr('parent.one'))).toBe('pending');
    const { rows } = await store.db.query<{ first_name: string; postcode_area: string }>('SELECT first_name, postcode_area FROM newsletter_subscribers WHERE email = $1', [addr('parent.one')]);
    expect(rows[0]).toEqual({ first_name: 'Sam', postcode_area: 'LS6' });

    const [requested] = await events(addr('parent.one'));
    expect(requested).toEqual({
      action: 'requested',
      wording_version: CURRENT_CONSENT_VERSION,
      method: 'form',
      source: 'get-involved',
      ip_hash: requestContext(c).ipHash,
      user_agent_class: 'desktop',
    });
    expect(requested!.ip_hash).toMatch(/^[0-9a-f]{32}$/);
    const wording = await store.db.query<{ wording: string }>('SELECT wording FROM newsletter_consent_wordings WHERE version = $1', [CURRENT_CONSENT_VERSION]);
    expect(wording.rows[0]?.wording).toBe(consentWording(CURRENT_CONSENT_VERSION));

    const mails = t.outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.headers.get('to')).toBe(addr('parent.one'));
    const token = tokenIn(mails[0]!, '/newsletter/confirm');
    const stored = await store.db.query<{ token_hash: string }>('SELECT token_hash FROM newsletter_tokens');
    expect(stored.rows.some((r) => r.token_hash === token)).toBe(false);

    expect(await inspectConfirmToken(t.deps, token)).toBe('valid');
    expect(await status(addr('parent.one'))).toBe('pending');
    expect(await confirm(t.deps, token, requestContext(client()))).toBe('confirmed');
    expect(await status(addr('parent.one'))).toBe('confirmed');
    expect(await confirm(t.deps, token, requestContext(client()))).toBe('already-confirmed');
    expect((await events(addr('parent.one'))).map((e) => [e.action, e.wording_version, e.method])).toEqual([
      ['requested', CURRENT_CONSENT_VERSION, 'form'],
      ['confirmed', CURRENT_CONSENT_VERSION, 'confirm-page'],
    ]);
    t.cleanup();
  });

  it('answers every valid submission the same and sends at most one email per address per 10 minutes', async () => {
    const t = outboxDeps(store.db);
    const email = addr('same.answer');
    const submit = () => handleSignup(signupForm({ email }, t.clock.now().getTime()), client(), t.deps);
    expect(await submit()).toEqual({ status: 'sent' });
    expect(await submit()).toEqual({ status: 'sent' });
    expect(t.outbox()).toHaveLength(1);
    const token = tokenIn(t.outbox()[0]!, '/newsletter/confirm');
    expect(await confirm(t.deps, token, requestContext(client()))).toBe('confirmed');

    // Confirmed now: still the same reply, but no mail inside the window…
    expect(await submit()).toEqual({ status: 'sent' });
    expect(t.outbox()).toHaveLength(1);
    // …and after it, an "already subscribed" note rather than a new confirmation link.
    t.clock.advance(EMAIL_WINDOW_MS + 1_000);
    expect(await submit()).toEqual({ status: 'sent' });
    const mails = t.outbox();
    expect(mails).toHaveLength(2);
    expect(mails[1]!.headers.get('subject')).toMatch(/already/i);
    expect(mails[1]!.text).not.toContain('/newsletter/confirm');
    expect(await status(email)).toBe('confirmed');
    t.cleanup();
  });

  it('does not let concurrent duplicate sign-ups create two rows or two emails', async () => {
    const t = outboxDeps(store.db);
    const email = addr('race');
    const results = await Promise.all(Array.from({ length: 5 }, () => handleSignup(signupForm({ email }, t.clock.now().getTime()), client(), t.deps)));
    expect(results.every((r) => r.status === 'sent')).toBe(true);
    const { rows } = await store.db.query<{ n: string }>('SELECT count(*)::text AS n FROM newsletter_subscribers WHERE email = $1', [email]);
    expect(rows[0]?.n).toBe('1');
    expect(t.outbox()).toHaveLength(1);
    t.cleanup();
  });

  it('expires confirm links after 72 hours and sends a new one on request', async () => {
    const t = outboxDeps(store.db);
    const email = addr('slow.reader');
    await handleSignup(signupForm({ email }, t.clock.now().getTime()), client(), t.deps);
    const oldToken = tokenIn(t.outbox()[0]!, '/newsletter/confirm');
    t.clock.advance(48 * 3_600_000);
    expect(await inspectConfirmToken(t.deps, oldToken)).toBe('valid');
    t.clock.advance(CONFIRM_TOKEN_TTL_MS - 48 * 3_600_000);
    expect(await inspectConfirmToken(t.deps, oldToken)).toBe('expired');
    expect(await confirm(t.deps, oldToken, requestContext(client()))).toBe('expired');
    expect(await status(email)).toBe('pending');

    await resendConfirmation(t.deps, oldToken);
    await resendConfirmation(t.deps, oldToken);
    expect(t.outbox()).toHaveLength(2);
    const newToken = tokenIn(t.outbox()[1]!, '/newsletter/confirm');
    expect(newToken).not.toBe(oldToken);
    expect(await confirm(t.deps, newToken, requestContext(client()))).toBe('confirmed');
    expect(await inspectConfirmToken(t.deps, 'not-a-token')).toBe('invalid');
    t.cleanup();
  });

  it('unsubscribes at once by link (repeatable) and by address, records it, and allows a fresh sign-up', async () => {
    const t = outboxDeps(store.db);
    const email = addr('leaving');
    await handleSignup(signupForm({ email }, t.clock.now().getTime()), client(), t.deps);
    const mail = t.outbox()[0]!;
    await confirm(t.deps, tokenIn(mail, '/newsletter/confirm'), requestContext(client()));

    const oneClick = /^<([^>]+)>$/.exec(mail.headers.get('list-unsubscribe') ?? '')?.[1] ?? '';
    const token = new URL(oneClick).searchParams.get('token');
    expect(await unsubscribeByToken(t.deps, token, 'one-click', requestContext(client()))).toBe('unsubscribed');
    expect(await status(email)).toBe('unsubscribed');
    expect(await unsubscribeByToken(t.deps, token, 'one-click', requestContext(client()))).toBe('unsubscribed');
    expect((await events(email)).filter((e) => e.action === 'unsubscribed')).toEqual([
      expect.objectContaining({ action: 'unsubscribed', method: 'one-click', wording_version: null }),
    ]);
    expect(await unsubscribeByToken(t.deps, 'x'.repeat(43), 'one-click', requestContext(client()))).toBe('invalid');

    // Re-subscribing needs a new confirmation; the old confirm link stays dead.
    t.clock.advance(EMAIL_WINDOW_MS + 1_000);
    expect(await handleSignup(signupForm({ email }, t.clock.now().getTime()), client(), t.deps)).toEqual({ status: 'sent' });
    expect(await status(email)).toBe('pending');
    expect(await confirm(t.deps, tokenIn(mail, '/newsletter/confirm'), requestContext(client()))).toBe('used');
    expect(await confirm(t.deps, tokenIn(t.outbox()[1]!, '/newsletter/confirm'), requestContext(client()))).toBe('confirmed');

    await unsubscribeByEmail(t.deps, email, requestContext(client()));
    await unsubscribeByEmail(t.deps, addr('never-signed-up'), requestContext(client()));
    expect(await status(email)).toBe('unsubscribed');
    expect(await status(addr('never-signed-up'))).toBeUndefined();
    expect((await events(email)).map((e) => `${e.action}:${e.method}`)).toEqual([
      'requested:form',
      'confirmed:confirm-page',
      'unsubscribed:one-click',
      'requested:form',
      'confirmed:confirm-page',
      'unsubscribed:unsubscribe-form',
    ]);
    t.cleanup();
  });

  it('exports confirmed subscribers only, with consent date and version', async () => {
    const { csv, count } = await exportConfirmedCsv(store.db);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('email,first_name,postcode_area,confirmed_at,consent_version,consent_given_at');
    const emails = lines.slice(1).map((l) => l.split(',')[0]);
    expect(emails).toContain(addr('parent.one'));
    expect(emails).toContain(addr('same.answer'));
    expect(emails).not.toContain(addr('leaving'));
    expect(emails).not.toContain(addr('race'));
    expect(count).toBe(lines.length - 1);
    const sam = lines.find((l) => l.startsWith(addr('parent.one')))!.split(',');
    expect(sam.slice(1, 3)).toEqual(['Sam', 'LS6']);
    expect(sam[4]).toBe(CURRENT_CONSENT_VERSION);
    expect(new Date(sam[5]!).toISOString()).toBe(sam[5]);
  });
});
