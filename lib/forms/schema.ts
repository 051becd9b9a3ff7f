import { z } from 'zod';
import type { FieldErrors } from './fields';

/** Control characters, bidi overrides, zero-width and other format characters never belong in a one-line field. */
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/u;
/** A name: letters in any script, combining marks, spaces, apostrophes, hyphens and full stops. */
export const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

/** Normalised to lower case: one person, one row, however they type it. */
export const emailField = z
  .string()
  .transform((v) => v.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, { message: 'Enter your email address' })
      .max(254, { message: 'Email address must be 254 characters or fewer' })
      .refine((v) => !INVISIBLE.test(v), { message: 'Email address must not contain hidden characters or line breaks' })
      .pipe(z.email({ message: 'Enter an email address in the correct format, like name@example.com' })),
  )
  .transform((v) => v.toLowerCase());

/** A posted field's text. A missing field, or a file (no form of ours has one), is empty. */
export function postedText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** The posted text of each field in `names`: a schema's input, every value a string. */
export function postedTexts<Name extends string>(form: FormData, names: readonly Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, postedText(form, name)])) as Record<Name, string>;
}

/**
 * What to put back in the fields after a post: each text field cut to its cap, so a huge post is
 * never echoed into the page, and whether each checkbox in `boxes` was ticked.
 */
export function echoedValues<Text extends string, Box extends string>(
  form: FormData,
  caps: Record<Text, number>,
  boxes: readonly Box[],
): Record<Text, string> & Record<Box, boolean> {
  const texts = Object.entries<number>(caps).map(([name, cap]) => [name, postedText(form, name).slice(0, cap)]);
  const ticked = boxes.map((name) => [name, postedText(form, name) === 'yes']);
  return Object.fromEntries([...texts, ...ticked]) as Record<Text, string> & Record<Box, boolean>;
}

export type FormParse<Data, Field extends string> = { ok: true; data: Data } | { ok: false; errors: FieldErrors<Field> };

/**
 * The first problem zod found with each visible field, in `fields`. A hidden field's problem is
 * shown against the visible field `shownOn` names for it, so the person sees why; any other
 * path is not the person's to fix and is left out.
 */
export function firstErrors<Field extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fields: readonly Field[],
  shownOn: Partial<Record<string, Field>> = {},
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const issue of issues) {
    const key = issue.path[0];
    const target = typeof key === 'string' && Object.hasOwn(shownOn, key) ? shownOn[key] : fields.find((f) => f === key);
    if (target && !errors[target]) errors[target] = issue.message;
  }
  return errors;
}
