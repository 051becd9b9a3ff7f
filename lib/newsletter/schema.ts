import { z } from 'zod';
import { CONSENT_VERSIONS } from './consent';
import { SIGNUP_FIELDS, SIGNUP_SOURCES, type SignupErrors, type SignupField, type SignupValues } from './fields';

export * from './fields';

// Control characters, bidi overrides, zero-width and other format characters never belong in a form field.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/u;
// Letters in any script, combining marks, spaces, apostrophes, hyphens and full stops.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;
// The outward part of a UK postcode (SW1A, LS6, M1) or just its letters (SW).
const POSTCODE_AREA = /^[A-Z]{1,2}(?:[0-9][0-9A-Z]?)?$/;

const text = () => z.string().transform((v) => v.normalize('NFC').trim());

/** Normalised to lower case: one person, one row, however they type it. */
export const emailField = text()
    .pipe(
      z
        .string()
        .min(1, { message: 'Enter your email address' })
        .max(254, { message: 'Email address must be 254 characters or fewer' })
        .refine((v) => !INVISIBLE.test(v), { message: 'Email address must not contain hidden characters or line breaks' })
        .pipe(z.email({ message: 'Enter an email address in the correct format, like name@example.com' })),
    )
    .transform((v) => v.toLowerCase());

export const signupSchema = z.object({
  email: emailField,
  firstName: text().pipe(
    z
      .string()
      .max(50, { message: 'First name must be 50 characters or fewer' })
      .refine((v) => v === '' || (!INVISIBLE.test(v) && NAME.test(v)), {
        message: 'First name must only include letters, spaces, hyphens and apostrophes',
      }),
  ),
  postcodeArea: text()
    .transform((v) => v.toUpperCase().replace(/ +/g, ''))
    .pipe(
      z.string().refine((v) => v === '' || POSTCODE_AREA.test(v), {
        message: 'Enter the first part of your postcode only, like LS6 or SW1A',
      }),
    ),
  consent: z.literal('yes', { message: 'Select the box to agree to campaign emails' }),
  consentVersion: z.enum(CONSENT_VERSIONS, { message: 'This form is out of date. Reload the page and try again' }),
  source: z.enum(SIGNUP_SOURCES).catch('footer'),
});

export type SignupInput = z.infer<typeof signupSchema>;

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** What to put back in the fields, capped so a huge post is never echoed into the page. */
export function valuesFrom(form: FormData): SignupValues {
  return {
    email: field(form, 'email').slice(0, 320),
    firstName: field(form, 'firstName').slice(0, 200),
    postcodeArea: field(form, 'postcodeArea').slice(0, 20),
    consent: field(form, 'consent') === 'yes',
  };
}

export type SignupParse = { ok: true; data: SignupInput } | { ok: false; errors: SignupErrors };

export function parseSignup(form: FormData): SignupParse {
  const result = signupSchema.safeParse({
    email: field(form, 'email'),
    firstName: field(form, 'firstName'),
    postcodeArea: field(form, 'postcodeArea'),
    consent: field(form, 'consent'),
    consentVersion: field(form, 'consentVersion'),
    source: field(form, 'source'),
  });
  if (result.success) return { ok: true, data: result.data };
  const errors: SignupErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    // The wording version is hidden; its problem is reported against the box it belongs to.
    const target: SignupField | undefined = key === 'consentVersion' ? 'consent' : SIGNUP_FIELDS.find((f) => f === key);
    if (target && !errors[target]) errors[target] = issue.message;
  }
  return { ok: false, errors };
}
