import type { ReactNode } from 'react';
import { FieldError } from './error-summary';
import { describedBy, FieldHint } from './field-help';

/** A GOV.UK-pattern checkbox: error above, optional hint, both linked by aria-describedby, state kept. */
export function Checkbox({ id, name, label, hint, checked, error }: { id: string; name: string; label: ReactNode; hint?: string; checked: boolean; error: string | undefined }) {
  return (
    <div className="mb-4">
      <FieldError id={`${id}-error`} message={error} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          value="yes"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="mt-1 size-6 shrink-0 accent-brand"
        />
        <div className="max-w-prose">
          <label htmlFor={id}>{label}</label>
          <FieldHint id={id} hint={hint} />
        </div>
      </div>
    </div>
  );
}
