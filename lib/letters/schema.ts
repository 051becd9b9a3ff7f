import { z } from 'zod';
import { CONSENT_VERSIONS } from '@/lib/newsletter/consent';
import { echoedValues, emailField, firstErrors, INVISIBLE, NAME, postedText, postedTexts, type FormParse } from '@/lib/forms/schema';
import { SIGN_FIELDS, type SignField, type SignValues } from './fields';
import { parsePostcode, POSTCODE_MAX_LENGTH } from '@/lib/representatives/postcode';

export * from './fields';

// The letter is about the UK's Child Maintenance Service, which the Crown dependencies are outside.
const CROWN_DEPENDENCY = 'Jersey, Guernsey and the Isle of Man are outside the Child Maintenance Service this letter is about, so we cannot count a signature from there.';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = () => z.string().transform((v) => v.normalize('NFC').trim().replace(/\s+/g, ' '));

const nameField = (what: string) =>
  text().pipe(
    z
      .string()
      .min(1, { message: `Enter your ${what}` })
      .max(50, { message: `${what[0]!.toUpperCase()}${what.slice(1)} must be 50 characters or fewer` })
      .refine((v) => !INVISIBLE.test(v) && NAME.test(v), {
        message: `${what[0]!.toUpperCase()}${what.slice(1)} must only include letters, spaces, hyphens and apostrophes`,
      }),
  );

export const signSchema = z
  .object({
    firstName: nameField('first name'),
    lastName: nameField('last name'),
    email: emailField,
    postcode: z
      .string()
      .max(POSTCODE_MAX_LENGTH * 2)
      .transform((v, ctx) => {
        const parsed = parsePostcode(v);
        if (parsed.ok) return parsed.postcode;
        ctx.addIssue({ code: 'custom', message: parsed.problem === 'crown-dependency' ? CROWN_DEPENDENCY : parsed.message });
        return z.NEVER;
      }),
    showPublicly: z.enum(['yes', '']).transform((v) => v === 'yes'),
    updates: z.enum(['yes', '']).transform((v) => v === 'yes'),
    letter: z.string().max(100).regex(SLUG, { message: 'This form is out of date. Reload the page and sign again' }),
    wordingVersion: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'This form is out of date. Reload the page and sign again' }),
    updatesWordingVersion: z.enum(CONSENT_VERSIONS).optional().catch(undefined),
  })
  .superRefine((v, ctx) => {
    if (v.updates && !v.updatesWordingVersion) ctx.addIssue({ code: 'custom', path: ['updates'], message: 'This form is out of date. Reload the page and sign again' });
  });

export type SignInput = z.infer<typeof signSchema>;

/** What to put back in the fields, capped so a huge post is never echoed into the page. */
export function valuesFrom(form: FormData): SignValues {
  return echoedValues(form, { firstName: 200, lastName: 200, email: 320, postcode: 20 }, ['showPublicly', 'updates']);
}

const box = (form: FormData, name: string) => (postedText(form, name) === 'yes' ? 'yes' : '');

export function parseSign(form: FormData): FormParse<SignInput, SignField> {
  const result = signSchema.safeParse({
    ...postedTexts(form, ['firstName', 'lastName', 'email', 'postcode', 'letter', 'wordingVersion']),
    showPublicly: box(form, 'showPublicly'),
    updates: box(form, 'updates'),
    updatesWordingVersion: postedText(form, 'updatesWordingVersion') || undefined,
  });
  if (result.success) return { ok: true, data: result.data };
  // Hidden fields are reported against the first visible field, so the person sees why.
  return { ok: false, errors: firstErrors(result.error.issues, SIGN_FIELDS, { wordingVersion: 'firstName', letter: 'firstName' }) };
}
