import { z } from 'zod';
import { echoedValues, emailField, firstErrors, INVISIBLE, NAME, postedText, postedTexts, type FormParse } from '@/lib/forms/schema';
import { CONSENT_VERSIONS } from './consent';
import { SIGNUP_FIELDS, SIGNUP_SOURCES, type SignupField, type SignupValues, type UnsubscribeValues } from './fields';

export * from './fields';

// The outward part of a UK postcode (SW1A, LS6, M1) or just its letters (SW).
const POSTCODE_AREA = /^[A-Z]{1,2}(?:[0-9][0-9A-Z]?)?$/;

const text = () => z.string().transform((v) => v.normalize('NFC').trim());

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

/** What to put back in the fields, capped so a huge post is never echoed into the page. */
export function valuesFrom(form: FormData): SignupValues {
  return echoedValues(form, { email: 320, firstName: 200, postcodeArea: 20 }, ['consent']);
}

export function parseSignup(form: FormData): FormParse<SignupInput, SignupField> {
  const result = signupSchema.safeParse(postedTexts(form, ['email', 'firstName', 'postcodeArea', 'consent', 'consentVersion', 'source']));
  if (result.success) return { ok: true, data: result.data };
  // The wording version is hidden; its problem is reported against the box it belongs to.
  return { ok: false, errors: firstErrors(result.error.issues, SIGNUP_FIELDS, { consentVersion: 'consent' }) };
}

const unsubscribeSchema = z.object({ email: emailField });

/** What the unsubscribe-by-address form puts back in its field. */
export function unsubscribeValuesFrom(form: FormData): UnsubscribeValues {
  return echoedValues(form, { email: 320 }, []);
}

export function parseUnsubscribe(form: FormData): FormParse<string, 'email'> {
  const result = unsubscribeSchema.safeParse({ email: postedText(form, 'email') });
  if (result.success) return { ok: true, data: result.data.email };
  return { ok: false, errors: { email: result.error.issues[0]?.message ?? 'Enter your email address' } };
}
