import { z } from 'zod';
import { CONSENT_VERSIONS } from '@/lib/newsletter/consent';
import { emailField } from '@/lib/newsletter/schema';
import { SIGN_FIELDS, type SignErrors, type SignField, type SignValues } from './fields';
import { parsePostcode, POSTCODE_MAX_LENGTH } from '@/lib/representatives/postcode';

export * from './fields';

// Control characters, bidi overrides, zero-width and other format characters never belong in a name.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/u;
// Letters in any script, combining marks, spaces, apostrophes, hyphens and full stops.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;
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

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** What to put back in the fields, capped so a huge post is never echoed into the page. */
export function valuesFrom(form: FormData): SignValues {
  return {
    firstName: field(form, 'firstName').slice(0, 200),
    lastName: field(form, 'lastName').slice(0, 200),
    email: field(form, 'email').slice(0, 320),
    postcode: field(form, 'postcode').slice(0, 20),
    showPublicly: field(form, 'showPublicly') === 'yes',
    updates: field(form, 'updates') === 'yes',
  };
}

export type SignParse = { ok: true; data: SignInput } | { ok: false; errors: SignErrors };

export function parseSign(form: FormData): SignParse {
  const result = signSchema.safeParse({
    firstName: field(form, 'firstName'),
    lastName: field(form, 'lastName'),
    email: field(form, 'email'),
    postcode: field(form, 'postcode'),
    showPublicly: field(form, 'showPublicly') === 'yes' ? 'yes' : '',
    updates: field(form, 'updates') === 'yes' ? 'yes' : '',
    letter: field(form, 'letter'),
    wordingVersion: field(form, 'wordingVersion'),
    updatesWordingVersion: field(form, 'updatesWordingVersion') || undefined,
  });
  if (result.success) return { ok: true, data: result.data };
  const errors: SignErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    // Hidden fields are reported against the first visible field, so the person sees why.
    const target: SignField | undefined = key === 'wordingVersion' || key === 'letter' ? 'firstName' : SIGN_FIELDS.find((f) => f === key);
    if (target && !errors[target]) errors[target] = issue.message;
  }
  return { ok: false, errors };
}
