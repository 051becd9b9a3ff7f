import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { createMailer, type Mailer } from '@/lib/mail';
import { confirm, unsubscribeByToken, type NewsletterDeps } from '@/lib/newsletter/service';
import { handleSignup, requestContext } from '@/lib/newsletter/service';
import { openTestPostgres } from '../support/db';
import { parseMail, tokenIn, type ParsedMail } from '../support/mail';
import { client, signupForm, TEST_SITE_URL } from '../support/newsletter';

interface Received {
  from: string;
  to: string[];
  mail: ParsedMail;
}

describe('newsletter mail over a real SMTP conversation', () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let db: Db;
  let cleanupDb: () => Promise<void>;
  let mailer: Mailer;
  let deps: NewsletterDeps;

  beforeAll(async () => {
    // The built-in certificate has expired: talk plain SMTP on loopback.
    server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            mail: parseMail(Buffer.concat(chunks).toString('utf8')),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    ({ db, cleanup: cleanupDb } = await openTestPostgres());
    mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: '/nonexistent', from: '#FixTheCMS <hello@fixthecms.example>' });
    deps = { db, mailer, siteUrl: TEST_SITE_URL };
  });

  afterAll(async () => {
    mailer.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await cleanupDb();
  });

  it('delivers a confirmation with RFC 8058 headers, both parts, and links that work', async () => {
    const email = 'smtp.reader@example.org';
    expect(await handleSignup(signupForm({ email, firstName: 'Ola' }), client(), deps)).toEqual({ status: 'sent' });
    expect(received).toHaveLength(1);
    const { from, to, mail } = received[0]!;
    expect(from).toBe('hello@fixthecms.example');
    expect(to).toEqual([email]);
    expect(mail.headers.get('from')).toMatch(/^"?#FixTheCMS"? <hello@fixthecms\.example>$/);
    expect(mail.headers.get('message-id')).toMatch(/^<[0-9a-f-]{36}@fixthecms\.example>$/);
    expect(mail.headers.get('list-unsubscribe')).toMatch(/^<https:\/\/fixthecms\.example\/api\/newsletter\/unsubscribe\?token=[A-Za-z0-9_-]{43}>$/);
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(mail.text).toContain('Hello Ola,');
    expect(mail.html).toContain('Confirm my subscription');
    // No personal data goes in any URL.
    for (const url of `${mail.text} ${mail.headers.get('list-unsubscribe')}`.match(/https:\/\/\S+/g) ?? []) expect(url).not.toContain('example.org');

    const confirmToken = tokenIn(mail, '/newsletter/confirm');
    expect(mail.html).toContain(`token=${confirmToken}`);
    expect(await confirm(deps, confirmToken, requestContext(client()))).toBe('confirmed');

    const oneClickToken = new URL(/^<(.+)>$/.exec(mail.headers.get('list-unsubscribe')!)![1]!).searchParams.get('token');
    expect(await unsubscribeByToken(deps, oneClickToken, 'one-click', requestContext(client()))).toBe('unsubscribed');
    const { rows } = await db.query<{ status: string }>('SELECT status FROM newsletter_subscribers WHERE email = $1', [email]);
    expect(rows[0]?.status).toBe('unsubscribed');
  });
});
