import { z } from 'zod';
import { emailField, postedText } from '@/lib/forms/schema';
import { OWN_WORDS_MAX, SUBJECT_MAX, type LetterAction, type LetterErrors, type LetterValues } from './fields';

export * from './fields';

// Control and format characters (bidi overrides, zero-width) never belong in a letter; line breaks and tabs do.
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/u;

const text = (max: number, name: string) =>
  z
    .string()
    .transform((v) => v.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .max(max, { message: `${name} must be ${max.toLocaleString('en-GB')} characters or fewer` })
        .refine((v) => !INVISIBLE.test(v), { message: `${name} must not contain hidden characters` }),
    );

/** What to put back in the fields, capped so a huge post is never echoed into the page. */
export function letterValuesFrom(form: FormData, action: LetterAction): LetterValues {
  const known = new Set(action.talkingPoints.map((p) => p.id));
  return {
    points: form.getAll('points').filter((v): v is string => typeof v === 'string' && known.has(v)),
    ownWords: postedText(form, 'ownWords').slice(0, OWN_WORDS_MAX + 500),
    subject: postedText(form, 'subject').slice(0, SUBJECT_MAX + 100),
    updates: postedText(form, 'updates') === 'yes',
    email: postedText(form, 'email').slice(0, 320),
  };
}

export interface LetterInput {
  points: LetterAction['talkingPoints'];
  ownWords: string;
  subject: string;
  /** Set only when the supporter ticked "also send me campaign updates". */
  email: string | null;
}

export type LetterParse = { ok: true; data: LetterInput } | { ok: false; errors: LetterErrors };

export function parseLetter(values: LetterValues, action: LetterAction): LetterParse {
  const errors: LetterErrors = {};
  const ownWords = text(OWN_WORDS_MAX, 'Your own words').safeParse(values.ownWords);
  const subject = text(SUBJECT_MAX, 'The subject').pipe(z.string().min(1, { message: 'Enter a subject for your email' })).safeParse(values.subject);
  const email = values.updates ? emailField.safeParse(values.email) : null;
  if (!ownWords.success) errors.ownWords = ownWords.error.issues[0]?.message;
  if (!subject.success) errors.subject = subject.error.issues[0]?.message;
  if (email && !email.success) errors.email = email.error.issues[0]?.message;
  const points = action.talkingPoints.filter((p) => values.points.includes(p.id));
  if (ownWords.success && ownWords.data === '' && points.length === 0) errors.points = 'Choose at least one point, or write a few lines in your own words';
  if (!ownWords.success || !subject.success || (email && !email.success) || errors.points) return { ok: false, errors };
  return { ok: true, data: { points, ownWords: ownWords.data, subject: subject.data, email: email?.success ? email.data : null } };
}
