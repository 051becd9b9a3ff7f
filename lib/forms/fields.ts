/** Hidden fields every public form carries: a honeypot people never see, and the signed start time. No imports: client forms use these names too. */
export const HONEYPOT_FIELD = 'website';
export const FORM_START_FIELD = 'formStart';

/** One message per visible field: the first problem found with it, shown next to it and in the summary. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/**
 * The states in which an action hands its form back, always with what was typed: as first shown,
 * with errors next to the fields, or with one message above them (`retry` after an outage or a
 * too-quick post, `limited` by a rate limit). Each form adds the states that replace the form.
 */
export type FormStates<Values, Field extends string> =
  | { status: 'idle'; values: Values }
  | { status: 'invalid'; values: Values; errors: FieldErrors<Field> }
  | { status: 'retry'; values: Values; message: string }
  | { status: 'limited'; values: Values; message: string };
