import { useRef, useState } from 'react';
import { formStartAction } from '@/lib/forms/actions';
import { FORM_START_FIELD, HONEYPOT_FIELD } from '@/lib/forms/fields';

/**
 * What `screenPost()` (lib/forms/form-start.ts) reads, for client forms: the signed start time,
 * fetched afresh when a person first focuses the form (the time that counts is when they start
 * filling it in, not when the page was built), and the honeypot.
 */
export function useFormStart(initial: string): { formStart: string; onFocus: () => void } {
  const [formStart, setFormStart] = useState(initial);
  const refreshed = useRef(false);
  const onFocus = () => {
    if (refreshed.current) return;
    refreshed.current = true;
    void formStartAction().then(setFormStart, () => undefined);
  };
  return { formStart, onFocus };
}

export function FormStartField({ value }: { value: string }) {
  return <input type="hidden" name={FORM_START_FIELD} value={value} />;
}

/** A field people never see; scripts that fill every input give themselves away. */
export function Honeypot({ id }: { id: string }) {
  return (
    <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
