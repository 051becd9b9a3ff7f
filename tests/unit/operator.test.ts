import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DonateForm } from '@/components/donate/donate-form';
import { GiftSummary } from '@/components/donate/gift-summary';
import { SiteFooter } from '@/components/layout/site-footer';
import { DataController } from '@/components/privacy/data-controller';
import { siteSettingsFields } from '@/lib/content/site-settings';
import type { Operator } from '@/lib/operator';
import { giftAidOffer, giftAidWording } from '@/lib/donations/gift-aid';
import { giftAidClaimant, type Claimant } from '@/lib/donations/gift-aid-export';
import { receiptMessage, receiptRecipient } from '@/lib/donations/receipt';
import { checkoutParams } from '@/lib/payments/stripe-provider';
import { nameWithStatus } from '@/lib/operator';
import { seedOperator, seedSettings } from '../support/donations';
import { field, LOCALE, ofType } from '../support/seed';

const seedEntry = ofType('siteSettings')[0]!;
const seedFields = Object.fromEntries(Object.entries(seedEntry.fields).map(([k, v]) => [k, v[LOCALE]]));
const NOT_A_CHARITY = { operatorStatus: 'not-a-charity', charityNumberEnglandWales: undefined, charityNumberScotland: undefined, hmrcCharityReference: undefined };
const noop = async () => ({ status: 'idle' as const });

/** Every place the operator is named, rendered or built by the code that ships. */
function everyPlace(operator: Operator): Record<string, string> {
  const donation = { id: 'don_0123456789abcdef', amountPence: 1000, frequency: 'one_off' as const, status: 'paid' as const, giftAid: true, provider: 'sandbox' as const, checkoutSessionId: null, subscriptionId: null, customerId: null };
  const checkout = checkoutParams({
    donationId: donation.id,
    amountPence: 1000,
    frequency: 'one_off',
    successUrl: 'https://x.test/s',
    cancelUrl: 'https://x.test/c',
    idempotencyKey: 'k',
    recipient: { name: operator.legalName, description: nameWithStatus(operator) },
  });
  const receipt = receiptMessage({
    to: 'd@example.com',
    reference: donation.id,
    amountPence: 1000,
    frequency: 'one_off',
    date: new Date(Date.UTC(2026, 0, 5)),
    giftAid: true,
    manageUrl: null,
    testMode: false,
    ...receiptRecipient(operator, 'Campaign'),
  });
  return {
    footer: renderToStaticMarkup(createElement(SiteFooter, { campaignName: 'Campaign', footerText: 'Footer', operator })),
    donateForm: renderToStaticMarkup(createElement(DonateForm, { action: noop, ...giftAidOffer(operator) })),
    thanksAndSandbox: renderToStaticMarkup(createElement(GiftSummary, { donation, operator })),
    privacy: renderToStaticMarkup(createElement(DataController, { operator })),
    receipt: `${receipt.subject}\n${receipt.text}`,
    checkout: JSON.stringify(checkout),
    giftAidExport: (giftAidClaimant(operator) as Claimant).name,
  };
}

describe('operator record: the schema', () => {
  it('accepts the seed record', () => {
    expect(siteSettingsFields.safeParse(seedFields).success).toBe(true);
  });

  it('refuses a registered charity without a charity number', () => {
    const result = siteSettingsFields.safeParse({ ...seedFields, charityNumberEnglandWales: undefined, charityNumberScotland: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('A registered charity needs at least one charity number');
    expect(seedSettings({ charityNumberEnglandWales: undefined, charityNumberScotland: undefined })).toBeNull();
  });

  it('refuses charity numbers or an HMRC reference on an organisation that is not a charity', () => {
    expect(siteSettingsFields.safeParse({ ...seedFields, ...NOT_A_CHARITY }).success).toBe(true);
    expect(siteSettingsFields.safeParse({ ...seedFields, ...NOT_A_CHARITY, charityNumberScotland: 'SC099999' }).success).toBe(false);
    expect(siteSettingsFields.safeParse({ ...seedFields, ...NOT_A_CHARITY, hmrcCharityReference: 'EX00000' }).success).toBe(false);
  });

  it('refuses malformed numbers and a missing controller contact', () => {
    for (const change of [{ charityNumberEnglandWales: '12345' }, { charityNumberScotland: '099999' }, { charityNumberNorthernIreland: 'NI100000' }, { icoRegistrationNumber: '1234567' }, { dataProtectionEmail: 'not an email' }, { operatorAddress: '' }]) {
      expect(siteSettingsFields.safeParse({ ...seedFields, ...change }).success, JSON.stringify(change)).toBe(false);
    }
  });

  it('maps the seed into one operator: name, registrations, address lines, contact', () => {
    expect(seedOperator()).toEqual({
      legalName: field(seedEntry, 'operatorName'),
      charity: {
        registrations: [
          { register: 'england-wales', number: field(seedEntry, 'charityNumberEnglandWales') },
          { register: 'scotland', number: field(seedEntry, 'charityNumberScotland') },
        ],
        hmrcReference: field(seedEntry, 'hmrcCharityReference'),
      },
      addressLines: field(seedEntry, 'operatorAddress').split('\n'),
      dataProtectionEmail: field(seedEntry, 'dataProtectionEmail'),
      icoRegistrationNumber: field(seedEntry, 'icoRegistrationNumber'),
    });
  });
});

describe('operator record: Gift Aid', () => {
  it('names the charity in both of HMRC’s model declarations', () => {
    const { scopes, notes } = giftAidWording('Some Charity');
    expect(scopes.this).toBe('I want to Gift Aid my donation to Some Charity.');
    expect(scopes.all).toBe('I want to Gift Aid my donation and any donations I make in the future or have made in the past 4 years to Some Charity.');
    expect(notes[0]).toMatch(/^Please notify Some Charity if you want to cancel this declaration/);
  });

  it('is offered with the declaration for a registered charity', () => {
    const html = everyPlace(seedOperator()).donateForm!;
    expect(html).toContain('name="giftAid"');
    expect(html).toContain(giftAidWording(seedOperator().legalName).scopes.all);
  });

  it('is hidden without a charity, and the page says why in one sentence', () => {
    const operator = seedOperator(NOT_A_CHARITY);
    const html = everyPlace(operator).donateForm!;
    expect(html).not.toContain('name="giftAid"');
    expect(html).not.toContain('Gift Aid declaration');
    expect(html).toContain(`We cannot offer Gift Aid, because only a registered charity can claim it and ${operator.legalName} is not one.`);
    expect(giftAidClaimant(operator)).toHaveProperty('refusal');
  });
});

describe('operator record: every place follows the record', () => {
  it('shows the configured name, and the charity numbers where a Gift Aid receipt needs them', () => {
    const places = everyPlace(seedOperator());
    const { legalName } = seedOperator();
    for (const [place, text] of Object.entries(places)) expect(text, place).toContain(legalName);
    const numbers = [field(seedEntry, 'charityNumberEnglandWales'), field(seedEntry, 'charityNumberScotland')];
    for (const place of ['footer', 'receipt', 'checkout', 'privacy', 'thanksAndSandbox']) {
      for (const n of numbers) expect(places[place], `${place} ${n}`).toContain(n);
    }
    expect(places.privacy).toContain(field(seedEntry, 'dataProtectionEmail'));
    expect(places.privacy).toContain(field(seedEntry, 'icoRegistrationNumber'));
    for (const line of field(seedEntry, 'operatorAddress').split('\n')) expect(places.privacy).toContain(line);
  });

  it('changing the seed record changes every place', () => {
    const renamed = { operatorName: 'Renamed Trust For Tests', charityNumberEnglandWales: '7654321', dataProtectionEmail: 'dp@renamed.example' };
    const before = seedOperator();
    const places = everyPlace(seedOperator(renamed));
    for (const [place, text] of Object.entries(places)) {
      expect(text, place).toContain(renamed.operatorName);
      expect(text, place).not.toContain(before.legalName);
    }
    expect(places.receipt).toContain('7654321 (England and Wales)');
    expect(places.privacy).toContain(renamed.dataProtectionEmail);
  });

  it('no code carries a copy of the seed operator’s name or numbers', () => {
    const values = ['operatorName', 'charityNumberEnglandWales', 'charityNumberScotland', 'hmrcCharityReference', 'icoRegistrationNumber', 'dataProtectionEmail'].map((f) => field(seedEntry, f));
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : /\.(tsx?|mjs|cjs|js)$/.test(name) ? [full] : [];
      });
    const files = ['app', 'components', 'lib', 'scripts'].flatMap(walk);
    expect(files.length).toBeGreaterThan(50);
    const copies = files.flatMap((file) => values.filter((v) => readFileSync(file, 'utf8').includes(v)).map((v) => `${file}: ${v}`));
    expect(copies).toEqual([]);
  });
});
