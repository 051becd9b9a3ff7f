/**
 * What every field component shares (GOV.UK pattern): the hint under its label and the ids its
 * input or fieldset names in aria-describedby, so a screen reader reads the hint and the error
 * with the field. The error itself is `FieldError` (error-summary.tsx).
 */

export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function FieldHint({ id, hint }: { id: string; hint: string | undefined }) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className="text-muted">
      {hint}
    </p>
  );
}

/**
 * Binds a form's typed values and errors to its fields by name: `{...field('postcode')}` gives a
 * TextField or RadioGroup its name, the value to show again and its error.
 */
export function fieldsFor<Field extends string>(values: Record<Field, string>, errors: Partial<Record<Field, string>>) {
  return (name: Field) => ({ name, defaultValue: values[name], error: errors[name] });
}
