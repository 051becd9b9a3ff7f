import { FieldError } from './error-summary';
import { describedBy, FieldHint } from './field-help';

/** A GOV.UK-pattern text input: label, optional hint, error linked by aria-describedby, value kept. */

const inputClass = 'mt-1 block border-2 border-ink bg-surface px-2 py-1.5 text-step-0 aria-invalid:border-danger aria-invalid:border-4';

interface TextFieldProps {
  name: string;
  /** Element id; defaults to `name`. Set it when a page has several forms with the same fields. */
  id?: string;
  label: string;
  hint?: string;
  defaultValue: string;
  error: string | undefined;
  autoComplete?: string;
  width?: string;
  inputMode?: 'decimal' | 'text' | 'email';
  type?: 'text' | 'email';
  className?: string;
  prefix?: string;
  spellCheck?: boolean;
}

export function TextField({ name, id = name, label, hint, defaultValue, error, autoComplete, width = 'w-full max-w-sm', inputMode, type = 'text', prefix, spellCheck, className = 'mt-5' }: TextFieldProps) {
  const input = (
    <input
      id={id}
      name={name}
      type={type}
      defaultValue={defaultValue}
      autoComplete={autoComplete}
      inputMode={inputMode}
      spellCheck={spellCheck}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
      className={`${inputClass} ${width}`}
    />
  );
  return (
    <div className={`${className} ${error ? 'border-l-4 border-danger pl-3' : ''}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={`${id}-error`} message={error} />
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
