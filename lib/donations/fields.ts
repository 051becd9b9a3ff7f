/** Field names, limits and form state shared by the donate form (client) and its schema (server). Kept free of zod so the browser bundle stays small. */

export const PRESET_AMOUNTS_PENCE = [500, 1000, 2500, 5000] as const;
export const MIN_PENCE = 200;
export const MAX_PENCE = 1_000_000;

export const DONATE_FIELDS = [
  'amount',
  'otherAmount',
  'frequency',
  'giftAid',
  'title',
  'firstName',
  'lastName',
  'house',
  'postcode',
  'giftAidScope',
  'giftAidConfirm',
] as const;
export type DonateField = (typeof DONATE_FIELDS)[number];
export type DonateValues = Record<DonateField, string>;

export type DonateErrors = Partial<Record<DonateField, string>>;

export type DonateFormState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: DonateErrors; values: DonateValues }
  | { status: 'failed'; message: string; values: DonateValues };

