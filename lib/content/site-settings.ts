import 'server-only';
import { z } from 'zod';
import type { EntriesApi } from './core/client';
import type { ContentTypeInfo } from './core/content-type';
import { entries, parseFields, type RawEntry } from './core/entries';
import { text } from './core/fields';
import type { CharityRegistration, Operator } from '@/lib/operator';
import { cachedRead, isPreview } from './core/read';

/** Site settings: one entry with the campaign's name, strapline, quick-exit destination, footer and the operator. */

export const SETTINGS_TAG = 'content:settings';

const CHARITY_NUMBER_FIELDS = ['charityNumberEnglandWales', 'charityNumberScotland', 'charityNumberNorthernIreland'] as const;

/**
 * The operator fields must agree with each other, which Contentful cannot check: a registered
 * charity has at least one charity number; an organisation that is not a charity has none, and
 * no HMRC charities reference. An entry that breaks this is refused, so Gift Aid is never
 * offered on the strength of a half-filled record.
 */
export const siteSettingsFields = z
  .object({
    campaignName: text(60),
    strapline: text(200),
    exitDestinationUrl: z.string().regex(/^https:\/\//),
    footerText: text(600),
    donateIntro: text(400),
    operatorName: text(120),
    operatorStatus: z.enum(['registered-charity', 'not-a-charity']),
    charityNumberEnglandWales: z.string().regex(/^[0-9]{6,7}$/).optional(),
    charityNumberScotland: z.string().regex(/^SC[0-9]{6}$/).optional(),
    charityNumberNorthernIreland: z.string().regex(/^NIC[0-9]{6}$/).optional(),
    operatorAddress: text(300),
    dataProtectionEmail: z.string().max(254).regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/),
    icoRegistrationNumber: z.string().regex(/^Z[A-Z0-9][0-9]{6}$/).optional(),
    hmrcCharityReference: z.string().regex(/^[A-Z]{1,3}[0-9]{1,6}$/).optional(),
  })
  .superRefine((v, ctx) => {
    const numbers = CHARITY_NUMBER_FIELDS.filter((f) => v[f] !== undefined);
    if (v.operatorStatus === 'registered-charity' && numbers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['operatorStatus'], message: 'A registered charity needs at least one charity number' });
    }
    if (v.operatorStatus === 'not-a-charity') {
      for (const f of [...numbers, ...(v.hmrcCharityReference !== undefined ? (['hmrcCharityReference'] as const) : [])]) {
        ctx.addIssue({ code: 'custom', path: [f], message: 'Only a registered charity has this number' });
      }
    }
  });

export const siteSettingsType = { id: 'siteSettings', tag: SETTINGS_TAG, fields: siteSettingsFields, map: toSiteSettings, shownOn: '/' } as const satisfies ContentTypeInfo;

type Fields = z.infer<typeof siteSettingsFields>;

export interface SiteSettings extends Pick<Fields, 'campaignName' | 'strapline' | 'exitDestinationUrl' | 'footerText' | 'donateIntro'> {
  /** null only in the built-in fallback settings (no valid entry could be read). */
  operator: Operator | null;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  campaignName: '#FixTheCMS',
  strapline: 'Children are owed maintenance. The Child Maintenance Service must collect it.',
  exitDestinationUrl: 'https://www.bbc.co.uk/weather',
  footerText: 'This site supports the #FixTheCMS campaign. It is not a government website.',
  donateIntro: 'Gifts fund research, support for the legal case and the running of this site.',
  // No organisation is named from code: without a valid entry, Gift Aid and donations are off.
  operator: null,
};

function toOperator(f: Fields): Operator {
  const registrations: CharityRegistration[] = [];
  if (f.charityNumberEnglandWales) registrations.push({ register: 'england-wales', number: f.charityNumberEnglandWales });
  if (f.charityNumberScotland) registrations.push({ register: 'scotland', number: f.charityNumberScotland });
  if (f.charityNumberNorthernIreland) registrations.push({ register: 'northern-ireland', number: f.charityNumberNorthernIreland });
  return {
    legalName: f.operatorName,
    charity: f.operatorStatus === 'registered-charity' ? { registrations, hmrcReference: f.hmrcCharityReference ?? null } : null,
    addressLines: f.operatorAddress.split('\n').map((line) => line.trim()).filter(Boolean),
    dataProtectionEmail: f.dataProtectionEmail,
    icoRegistrationNumber: f.icoRegistrationNumber ?? null,
  };
}

export function toSiteSettings(entry: RawEntry): SiteSettings | null {
  const f = parseFields('siteSettings', siteSettingsFields, entry);
  if (!f) return null;
  const { campaignName, strapline, exitDestinationUrl, footerText, donateIntro } = f;
  return { campaignName, strapline, exitDestinationUrl, footerText, donateIntro, operator: toOperator(f) };
}

export async function fetchSiteSettings(client: EntriesApi) {
  const { items } = await entries(client, 'siteSettings', { limit: 1 });
  const first = items[0];
  return first ? toSiteSettings(first) : null;
}

/** Site settings never fail the shell: a missing or invalid entry falls back to safe defaults. */
export async function getSiteSettings(): Promise<SiteSettings> {
  try {
    const settings = await cachedRead(await isPreview(), { name: 'siteSettings', args: [], tags: [SETTINGS_TAG] }, fetchSiteSettings);
    return settings ?? DEFAULT_SITE_SETTINGS;
  } catch {
    return DEFAULT_SITE_SETTINGS;
  }
}
