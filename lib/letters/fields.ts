import type { FieldErrors, FormStates } from '@/lib/forms/fields';

/**
 * The signing form's fields and states without zod, so the client form can import them without
 * pulling the validation library into the page's JavaScript. schema.ts re-exports all of this.
 */

/** Visible fields, in page order: the error summary lists errors in this order. */
export const SIGN_FIELDS = ['firstName', 'lastName', 'email', 'postcode', 'showPublicly', 'updates'] as const;
export type SignField = (typeof SIGN_FIELDS)[number];

export interface SignValues {
  firstName: string;
  lastName: string;
  email: string;
  postcode: string;
  showPublicly: boolean;
  updates: boolean;
}

export const EMPTY_SIGN_VALUES: SignValues = { firstName: '', lastName: '', email: '', postcode: '', showPublicly: false, updates: false };

export type SignErrors = FieldErrors<SignField>;

export type SignState =
  | FormStates<SignValues, SignField>
  /** Every accepted signature ends here, whether the address is new, pending or already counted. */
  | { status: 'sent' }
  | { status: 'closed' };

/** Hidden fields the page puts in the form. */
export const LETTER_FIELD = 'letter';
export const WORDING_FIELD = 'wordingVersion';
export const UPDATES_WORDING_FIELD = 'updatesWordingVersion';
