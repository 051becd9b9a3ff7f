import { FieldError } from '@/components/forms/error-summary';
import type { ReactNode } from 'react';

/** Small GOV.UK-pattern form parts; errors are linked to their inputs with aria-describedby. */

const inputClass = 'mt-1 block border-2 border-ink bg-surface px-2 py-1.5 text-step-0 aria-invalid:border-danger aria-invalid:border-4';

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  defaultValue: string;
  error: string | undefined;
  autoComplete?: string;
  width?: string;
  inputMode?: 'decimal' | 'text' | 'email';
  type?: 'text' | 'email';
  prefix?: string;
  spellCheck?: boolean;
}

export function TextField({ name, label, hint, defaultValue, error, autoComplete, width = 'w-full max-w-sm', inputMode, type = 'text', prefix, spellCheck }: TextFieldProps) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const input = (
    <input
      id={name}
      name={name}
      type={type}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      inputMode={inputMode}
      spellCheck={spellCheck}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      className={`${inputClass} ${width}`}
    />
  );
  return (
    <div className={`mt-5 ${error ? 'border-l-4 border-danger pl-3' : ''}`}>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} message={error} />
      {prefix ? (
        <div className="flex items-stretch">
          <span aria-hidden="true" className="mt-1 border-2 border-r-0 border-ink bg-line px-2 py-1.5 font-semibold">
            {prefix}
          </span>
          {input}
        </div>
      ) : (
        input
      )}
    </div>
  );
}

interface RadioOption {
  value: string;
  label: ReactNode;
}

export function RadioGroup({
  name,
  legend,
  hint,
  options,
  value,
  error,
  legendClass = 'text-step-1 font-bold',
  inline = false,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: RadioOption[];
  value: string;
  error: string | undefined;
  legendClass?: string;
  inline?: boolean;
}) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={describedBy} className={`mt-8 ${error ? 'border-l-4 border-danger pl-3' : ''}`}>
      <legend className={legendClass}>{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} message={error} />
      <div className={`mt-2 ${inline ? 'flex flex-wrap gap-x-6 gap-y-2' : 'space-y-2'}`}>
        {options.map((o) => (
          <div key={o.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={value === o.value}
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
