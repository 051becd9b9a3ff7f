'use client';

import { useActionState, useEffect, useRef } from 'react';
import { unsubscribeEmailAction } from '@/lib/newsletter/actions';
import type { UnsubscribeState } from '@/lib/newsletter/unsubscribe-schema';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';

const FIELD_ID = 'unsubscribe-email';

export function UnsubscribeForm() {
  const [state, action, pending] = useActionState<UnsubscribeState, FormData>(unsubscribeEmailAction, { status: 'idle', email: '' }, '/unsubscribe');

  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'done') doneRef.current?.focus();
  }, [state]);

  if (state.status === 'done') {
    return (
      <div ref={doneRef} role="status" tabIndex={-1} autoFocus className="border-l-8 border-success bg-surface p-4">
        <h2 className="text-step-1 font-bold">Done</h2>
        <p className="mt-2">If that address was on our list, it has been removed. It will not get any more campaign emails from us.</p>
      </div>
    );
  }

  const error = state.status === 'invalid' ? state.error : undefined;
  const notice = state.status === 'limited' || state.status === 'retry' ? state.message : undefined;
  return (
    <form action={action} aria-busy={pending} noValidate>
      <ErrorSummary items={error ? [{ href: `#${FIELD_ID}`, text: error }] : []} message={notice} trigger={state} />
      <div className="mb-4">
        <label htmlFor={FIELD_ID} className="block font-bold">
          Email address
        </label>
        <FieldError id={`${FIELD_ID}-error`} message={error} />
        <input
          id={FIELD_ID}
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={state.email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${FIELD_ID}-error` : undefined}
          className="mt-1 block w-full max-w-md border-2 border-ink bg-surface px-2 py-1.5 aria-[invalid=true]:border-4 aria-[invalid=true]:border-danger"
        />
      </div>
      <button type="submit" className="bg-brand px-5 py-2 font-bold text-paper hover:bg-brand-dark">
        Unsubscribe
      </button>
    </form>
  );
}
