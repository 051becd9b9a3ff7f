import type { FieldErrors, FormStates } from '@/lib/forms/fields';

/**
 * The sign-up form's fields and states without zod, so the client form can import them without
 * pulling the validation library into every page's JavaScript. schema.ts re-exports all of this.
 */

/** Where a form sits; recorded with consent so the team knows which wording and page it came from. */
export const SIGNUP_SOURCES = ['home', 'footer', 'get-involved', 'confirm-page', 'open-letter', 'write-to-mp'] as const;
export type SignupSource = (typeof SIGNUP_SOURCES)[number];

/**
 * The page a form's no-JavaScript post lands on: one that renders that same form, so the answer
 * has somewhere to show. The footer is on every page; its posts go to the sign-up page. Sources
 * without a sign-up form (an open letter's signature asks for updates itself) have no entry.
 */
export const SIGNUP_PAGES = {
  home: '/',
  footer: '/get-involved',
  'get-involved': '/get-involved',
  'confirm-page': '/newsletter/confirm',
} as const satisfies Partial<Record<SignupSource, string>>;
export type SignupFormSource = keyof typeof SIGNUP_PAGES;

/** Visible fields, in page order: the error summary lists errors in this order. */
export const SIGNUP_FIELDS = ['email', 'firstName', 'postcodeArea', 'consent'] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];

export interface SignupValues {
  email: string;
  firstName: string;
  postcodeArea: string;
  consent: boolean;
}

export const EMPTY_SIGNUP_VALUES: SignupValues = { email: '', firstName: '', postcodeArea: '', consent: false };

export type SignupErrors = FieldErrors<SignupField>;

export type SignupState =
  | FormStates<SignupValues, SignupField>
  /** Every accepted submission ends here, whatever the address's history: nothing to compare. */
  | { status: 'sent' };

/** The unsubscribe-by-address form (`/unsubscribe`): one field. */
export interface UnsubscribeValues {
  email: string;
}

export type UnsubscribeState =
  | FormStates<UnsubscribeValues, 'email'>
  /** Same words whether or not the address was on the list. */
  | { status: 'done' };
