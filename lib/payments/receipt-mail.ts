import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/**
 * SMTP when configured, otherwise .eml files in the outbox folder.
 * TODO(lead): fold into the shared lib/mail when the newsletter branch lands.
 */
export function createMailer(options: { smtpUrl?: string | undefined; outboxDir: string; from: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(message) {
        await transport.sendMail({ from: options.from, ...message });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await transport.sendMail({ from: options.from, ...message });
      await mkdir(options.outboxDir, { recursive: true });
      const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      await writeFile(path.join(options.outboxDir, file), info.message as Buffer);
    },
  };
}

export interface Receipt {
  to: string;
  reference: string;
  amountPence: number;
  frequency: 'one_off' | 'monthly';
  giftAid: boolean;
  manageUrl: string | null;
  campaignName: string;
  testMode: boolean;
}

export function receiptMessage(receipt: Receipt): { to: string; subject: string; text: string } {
  const amount = `£${(receipt.amountPence / 100).toFixed(2)}`;
  const what = receipt.frequency === 'monthly' ? `your monthly gift of ${amount}` : `your gift of ${amount}`;
  const lines = [
    ...(receipt.testMode ? ['TEST MODE: no money was taken.', ''] : []),
    `Thank you for ${what} to ${receipt.campaignName}.`,
    '',
    `Reference: ${receipt.reference}`,
    receipt.giftAid ? 'Gift Aid: you made a Gift Aid declaration with this gift.' : 'Gift Aid: not claimed on this gift.',
  ];
  if (receipt.manageUrl) {
    lines.push('', 'To change your card or cancel your monthly gift at any time, use this private link:', receipt.manageUrl);
  }
  return { to: receipt.to, subject: `${receipt.testMode ? '[Test] ' : ''}Thank you for your donation`, text: lines.join('\n') };
}
