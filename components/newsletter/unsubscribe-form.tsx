'use client';

import { useActionState, useEffect, useRef } from 'react';
import { unsubscribeEmailAction } from '@/lib/newsletter/actions';
import type { UnsubscribeState } from '@/lib/newsletter/fields';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/text-field';

const FIELD_ID = 'unsubscribe-email';

export function UnsubscribeForm() {
  const [state, action, pending] = useActionState<UnsubscribeState, FormData>(unsubscribeEmailAction, { status: 'idle', values: { email: '' } }, '/unsubscribe');

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

  const error = state.status === 'invalid' ? state.errors.email : undefined;
  const notice = state.status === 'limited' || state.status === 'retry' ? state.message : undefined;
  return (
    <form action={action} aria-busy={pending} noValidate>
      <ErrorSummary items={error ? [{ href: `#${FIELD_ID}`, text: error }] : []} message={notice} trigger={state} />
      <TextField
        id={FIELD_ID}
        name="email"
        type="email"
        label="Email address"
        defaultValue={state.values.email}
        error={error}
        autoComplete="email"
        spellCheck={false}
        width="w-full max-w-md"
        className="mb-4"
      />
      <button type="submit" className="bg-brand px-5 py-2 font-bold text-paper hover:bg-brand-dark">
        Unsubscribe
      </button>
    </form>
  );
}
