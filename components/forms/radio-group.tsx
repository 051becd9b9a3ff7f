import type { ReactNode } from 'react';
import { FieldError } from './error-summary';
import { describedBy, FieldHint } from './field-help';

/** Small GOV.UK-pattern form parts; errors are linked to their inputs with aria-describedby. */

interface RadioOption {
  value: string;
  label: ReactNode;
}

export function RadioGroup({
  name,
  legend,
  hint,
  options,
  defaultValue,
  error,
  legendClass = 'text-step-1 font-bold',
  inline = false,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: RadioOption[];
  /** The option checked when the form is shown: what was chosen before a post that came back. */
  defaultValue: string;
  error: string | undefined;
  legendClass?: string;
  inline?: boolean;
}) {
  return (
    <fieldset aria-describedby={describedBy(name, hint, error)} className={`mt-8 ${error ? 'border-l-4 border-danger pl-3' : ''}`}>
      <legend className={legendClass}>{legend}</legend>
      <FieldHint id={name} hint={hint} />
      <FieldError id={`${name}-error`} message={error} />
      <div className={`mt-2 ${inline ? 'flex flex-wrap gap-x-6 gap-y-2' : 'space-y-2'}`}>
        {options.map((o) => (
          <div key={o.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              className="mt-1 size-6 shrink-0 accent-brand"
            />
            <label htmlFor={`${name}-${o.value}`} className="py-0.5">
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
