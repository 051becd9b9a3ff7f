import type { ReactNode } from 'react';
import { FieldError } from './error-summary';

/** A GOV.UK-pattern checkbox: error above, optional hint, both linked by aria-describedby, state kept. */
export function Checkbox({ id, name, label, hint, checked, error }: { id: string; name: string; label: ReactNode; hint?: string; checked: boolean; error: string | undefined }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
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
          aria-describedby={describedBy}
          className="mt-1 size-6 shrink-0 accent-brand"
        />
        <div className="max-w-prose">
          <label htmlFor={id}>{label}</label>
          {hint ? (
            <p id={`${id}-hint`} className="text-muted">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
