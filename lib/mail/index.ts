import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * https URL that unsubscribes in one POST (RFC 8058); goes in List-Unsubscribe. Mailings have
   * one; a transactional message such as a donation receipt has none.
   */
  unsubscribeUrl?: string;
  /** A link worth printing in development (the outbox has no inbox to click it in). Never an address. */
  devLink?: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

export interface MailerOptions {
  smtpUrl?: string | undefined;
  outboxDir: string;
  from: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function messageDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'fixthecms.invalid';
}

/**
 * nodemailer waits up to 2 min to connect, 30 s for the greeting and 10 min on a silent socket: a
 * relay that accepts and never answers would hold a sign-up that long. The person is told to try
 * again instead, within about 10 s at worst.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 } as const;

function smtpTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  // A loopback relay (or a test server) has no certificate worth checking; anything else upgrades to TLS.
  const ignoreTLS = url.protocol === 'smtp:' && LOOPBACK.has(url.hostname);
  return nodemailer.createTransport({ url: smtpUrl, ignoreTLS, pool: true, maxConnections: 5, ...SMTP_TIMEOUTS } as Parameters<typeof nodemailer.createTransport>[0]);
}

/** The one mail sender, for sign-up links and donation receipts alike. */
export type MailSender = Pick<Mailer, 'send'>;

/** SMTP when a URL is given; otherwise each message becomes an .eml file in the outbox folder. */
export function createMailer(options: MailerOptions): Mailer {
  const transport = options.smtpUrl ? smtpTransport(options.smtpUrl) : nodemailer.createTransport({ streamTransport: true, buffer: true });
  const domain = messageDomain(options.from);
  return {
    kind: options.smtpUrl ? 'smtp' : 'outbox',
    async send(mail) {
      const messageId = `<${randomUUID()}@${domain}>`;
      const info = await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        messageId,
        headers: {
          ...(mail.unsubscribeUrl ? { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
          'Auto-Submitted': 'auto-generated',
        },
      });
      if (!options.smtpUrl) {
        await mkdir(options.outboxDir, { recursive: true });
        const file = path.join(options.outboxDir, `${Date.now()}-${randomUUID()}.eml`);
        await writeFile(file, (info as unknown as { message: Buffer }).message);
        log('info', 'mail.outbox', { file: path.basename(file), ...(mail.devLink ? { link: mail.devLink } : {}) });
      }
      return { messageId };
    },
    close: () => transport.close(),
  };
}

let shared: Mailer | null = null;

export function getMailer(): Mailer {
  shared ??= createMailer({ smtpUrl: env.SMTP_URL, outboxDir: path.join(env.DATA_DIR, 'outbox'), from: env.MAIL_FROM });
  return shared;
}
