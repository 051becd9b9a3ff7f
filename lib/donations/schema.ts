import { z } from 'zod';
import { firstErrors } from '@/lib/forms/schema';
import type { GiftAidScope } from './gift-aid';
import { DONATE_FIELDS, MAX_PENCE, MIN_PENCE, PRESET_AMOUNTS_PENCE, type DonateErrors, type DonateField, type DonateValues } from './fields';

export * from './fields';

const UK_POSTCODE = /^(GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})$/;
const AMOUNT_FORMAT = /^\d{1,7}(\.\d{1,2})?$/;

export function normalisePostcode(raw: string): string {
  const compact = raw.toUpperCase().replace(/\s+/g, '');
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** Pounds text to whole pence without floating point: "12.5" → 1250. */
export function parsePounds(raw: string): { pence: number } | { error: string } {
  const cleaned = raw.replace(/[£,\s]/g, '');
  if (cleaned === '') return { error: 'Enter an amount' };
  if (cleaned.startsWith('-')) return { error: 'Enter an amount of at least £2' };
  if (!AMOUNT_FORMAT.test(cleaned)) return { error: 'Enter an amount in pounds and pence, like 12.50' };
  const [pounds = '0', pence = ''] = cleaned.split('.');
  const total = Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
  if (total < MIN_PENCE) return { error: 'Enter an amount of at least £2' };
  if (total > MAX_PENCE) return { error: 'Enter an amount of £10,000 or less' };
  return { pence: total };
}

/**
 * The donate form. Every field arrives as a string (no JavaScript needed); cross-field rules
 * (the other amount, the Gift Aid details only when Gift Aid is chosen) run in superRefine.
 */
export const donateFormSchema = z
  .object({
    amount: z.string(),
    otherAmount: z.string().max(40, { message: 'Enter an amount in pounds and pence, like 12.50' }),
    frequency: z.string(),
    giftAid: z.string(),
    title: z.string().trim(),
    firstName: z.string().trim(),
    lastName: z.string().trim(),
    house: z.string().trim(),
    postcode: z.string().trim(),
    giftAidScope: z.string(),
    giftAidConfirm: z.string(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: DonateField, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const presets = PRESET_AMOUNTS_PENCE.map(String);
    if (v.amount === 'other') {
      const parsed = parsePounds(v.otherAmount);
      if ('error' in parsed) issue('otherAmount', parsed.error);
    } else if (!presets.includes(v.amount)) {
      issue('amount', 'Choose an amount, or choose “Other amount” and enter it');
    }
    if (v.frequency !== 'one_off' && v.frequency !== 'monthly') issue('frequency', 'Choose whether to give once or every month');
    if (v.giftAid !== 'yes' && v.giftAid !== 'no') {
      issue('giftAid', 'Choose whether to add Gift Aid');
      return;
    }
    if (v.giftAid === 'no') return;
    if (v.title.length > 4) issue('title', 'Title must be 4 characters or fewer, like Mrs or Dr');
    if (v.firstName === '') issue('firstName', 'Enter your first name');
    else if (v.firstName.length > 35) issue('firstName', 'First name must be 35 characters or fewer');
    if (v.lastName === '') issue('lastName', 'Enter your surname');
    else if (v.lastName.length > 35) issue('lastName', 'Surname must be 35 characters or fewer');
    if (v.house === '') issue('house', 'Enter your house name or number');
    else if (v.house.length > 40) issue('house', 'House name or number must be 40 characters or fewer');
    if (v.postcode === '') issue('postcode', 'Enter your postcode');
    else if (v.postcode.length > 10 || !UK_POSTCODE.test(normalisePostcode(v.postcode))) issue('postcode', 'Enter a UK postcode, like SW1A 1AA');
    if (v.giftAidScope !== 'this' && v.giftAidScope !== 'all') issue('giftAidScope', 'Choose which gifts your declaration covers');
    if (v.giftAidConfirm !== 'yes') issue('giftAidConfirm', 'Confirm the Gift Aid declaration, or choose not to add Gift Aid');
  })
  .transform((v) => ({
    amountPence: v.amount === 'other' ? (parsePounds(v.otherAmount) as { pence: number }).pence : Number(v.amount),
    frequency: v.frequency as 'one_off' | 'monthly',
    giftAid:
      v.giftAid === 'yes'
        ? {
            title: v.title === '' ? null : v.title,
            firstName: v.firstName,
            lastName: v.lastName,
            house: v.house,
            postcode: normalisePostcode(v.postcode),
            scope: v.giftAidScope as GiftAidScope,
          }
        : null,
  }));

export type DonateInput = z.output<typeof donateFormSchema>;
const MAX_ECHO = 200;

export function formValues(formData: FormData): DonateValues {
  const values = {} as DonateValues;
  for (const field of DONATE_FIELDS) {
    const raw = formData.get(field);
    values[field] = typeof raw === 'string' ? raw : '';
  }
  return values;
}

export function parseDonateForm(values: DonateValues): { ok: true; data: DonateInput } | { ok: false; errors: DonateErrors; values: DonateValues } {
  const result = donateFormSchema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors = firstErrors(result.error.issues, DONATE_FIELDS);
  // Echo what was typed so nothing is lost, but never reflect an absurdly long value back.
  const echoed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.slice(0, MAX_ECHO)])) as DonateValues;
  return { ok: false, errors, values: echoed };
}

/** The hidden fields of the sandbox checkout and the manage page's buttons. */
export const donationIdSchema = z.string().regex(/^don_[A-Za-z0-9_-]{10,40}$/);
export const manageTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);
export const sandboxEmailSchema = z.email().max(254);
