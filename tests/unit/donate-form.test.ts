import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formValues, normalisePostcode, parseDonateForm, parsePounds } from '@/lib/donations/schema';
import { csvCell } from '@/lib/csv';
import { GIFT_AID_TAXPAYER_STATEMENT } from '@/lib/donations/gift-aid';
import { createMailer } from '@/lib/mail';
import { receiptMessage } from '@/lib/donations/receipt';
import { donateForm } from '../support/donations';

describe('parsePounds', () => {
  it.each([
    ['2', 200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['£1,234.56', 123456],
    [' 10000 ', 1_000_000],
    ['0.07e3', null],
    ['1.005', null],
    ['1e3', null],
    ['Infinity', null],
    ['1.99', null],
    ['10000.01', null],
  ])('%s → %s pence', (raw, pence) => {
    const result = parsePounds(raw);
    if (pence === null) expect(result).toHaveProperty('error');
    else expect(result).toEqual({ pence });
  });
});

describe('donate form schema', () => {
  it('accepts a preset without Gift Aid details, ignoring any that were typed', () => {
    const parsed = parseDonateForm(formValues(donateForm({ amount: '5000', frequency: 'monthly', giftAid: 'no', firstName: 'Ignored' })));
    expect(parsed).toEqual({ ok: true, data: { amountPence: 5000, frequency: 'monthly', giftAid: null } });
  });

  it('lists every missing answer at once', () => {
    const parsed = parseDonateForm(formValues(new FormData()));
    expect(parsed.ok).toBe(false);
    expect(Object.keys((parsed as { errors: object }).errors).sort()).toEqual(['amount', 'frequency', 'giftAid']);
  });

  it('normalises postcodes to HMRC’s format', () => {
    expect(normalisePostcode(' sw1a1aa ')).toBe('SW1A 1AA');
    expect(normalisePostcode('m1 1ae')).toBe('M1 1AE');
  });

  it('uses the HMRC taxpayer sentence word for word', () => {
    expect(GIFT_AID_TAXPAYER_STATEMENT).toContain(
      'if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference',
    );
  });
});

describe('CSV cells', () => {
  it('neutralises formulas and quotes separators', () => {
    expect(csvCell('Smith')).toBe('Smith');
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('Flat 2, The Mill')).toBe('"Flat 2, The Mill"');
    expect(csvCell('O"Neil')).toBe('"O""Neil"');
  });
});

describe('receipt mail', () => {
  it('writes an .eml file to the outbox when no SMTP server is set', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'outbox-'));
    try {
      const mailer = createMailer({ outboxDir: path.join(dir, 'outbox'), from: 'Test <test@example.com>' });
      await mailer.send(
        receiptMessage({ to: 'd@example.com', reference: 'don_abc', amountPence: 1234, frequency: 'monthly', giftAid: true, manageUrl: 'https://x.test/donate/manage?token=t', date: new Date(Date.UTC(2026, 0, 5, 12)), recipient: 'A Charity', charityNumbers: null, testMode: false }),
      );
      const files = readdirSync(path.join(dir, 'outbox'));
      expect(files).toHaveLength(1);
      const raw = readFileSync(path.join(dir, 'outbox', files[0]!), 'utf8');
      // The body is quoted-printable: undo soft breaks and =XX escapes to read it as UTF-8.
      const eml = Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
      expect(eml).toMatch(/^To: d@example.com$/m);
      expect(eml).toContain('£12.34');
      expect(eml).toContain('https://x.test/donate/manage?token=t');
      // A receipt is not a mailing: no unsubscribe header.
      expect(eml).not.toMatch(/^List-Unsubscribe/im);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
