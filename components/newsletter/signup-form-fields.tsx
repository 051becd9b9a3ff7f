'use client';

import { useActionState, useEffect, useRef } from 'react';
import { signupAction } from '@/lib/newsletter/actions';
import { CONSENT_WORDINGS, CURRENT_CONSENT_VERSION } from '@/lib/newsletter/consent';
import { EMPTY_SIGNUP_VALUES, SIGNUP_FIELDS, SIGNUP_PAGES, type SignupField, type SignupFormSource, type SignupState } from '@/lib/newsletter/fields';
import { FormStartField, Honeypot, useFormStart } from '@/components/forms/bot-screen';
import { Checkbox } from '@/components/forms/checkbox';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/text-field';

const LABELS: Record<SignupField, string> = {
  email: 'Email address',
  firstName: 'First name (optional)',
  postcodeArea: 'Postcode area (optional)',
  consent: 'Consent',
};

export interface SignupFormFieldsProps {
  source: SignupFormSource;
  formStart: string;
  title: string;
  headingLevel: 2 | 3;
  id?: string | undefined;
}

export function SignupFormFields({ source, formStart: initialStart, title, headingLevel, id }: SignupFormFieldsProps) {
  const prefix = `nl-${source}`;
  // Without JavaScript the post goes to a page that renders this form again (a real action URL:
  // React otherwise renders an empty, invalid `action=""`). React matches a no-JS answer to a form
  // by this permalink alone, so it must differ per form on a page, or every sign-up form there
  // shows the answer. A query, not a #fragment: a fragment that names an element stops the
  // browser honouring `autofocus`, which is how the error summary takes focus without JavaScript.
  const permalink = `${SIGNUP_PAGES[source]}?form=${source}`;
  const [state, action, pending] = useActionState<SignupState, FormData>(signupAction, { status: 'idle', values: EMPTY_SIGNUP_VALUES }, permalink);
  const { formStart, onFocus } = useFormStart(initialStart);
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The form that had focus is gone; put focus on the message that replaced it.
    if (state.status === 'sent') sentRef.current?.focus();
  }, [state]);
  const fid = (f: SignupField) => `${prefix}-${f}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `${prefix}-title`;

  if (state.status === 'sent') {
    return (
      <section id={id} aria-labelledby={headingId}>
        <div ref={sentRef} role="status" tabIndex={-1} autoFocus className="border-l-8 border-success bg-surface p-4">
          <Heading id={headingId} className="text-step-1 font-bold">
            Check your inbox
          </Heading>
          <p className="mt-2">
            If that address can receive email, we have sent a message to it. Open the link in the email and select Confirm to start
            getting updates. The link works for 3 days.
          </p>
          <p className="mt-2">If nothing arrives within a few minutes, check your spam or junk folder.</p>
        </div>
      </section>
    );
  }

  const values = state.values;
  const errors = state.status === 'invalid' ? state.errors : {};
  const summaryItems = SIGNUP_FIELDS.flatMap((f) => (errors[f] ? [{ href: `#${fid(f)}`, text: errors[f] }] : []));
  const notice = state.status === 'retry' || state.status === 'limited' ? state.message : undefined;
  const field = (name: Exclude<SignupField, 'consent'>, extra: Partial<Parameters<typeof TextField>[0]>) => (
    <TextField id={fid(name)} name={name} label={LABELS[name]} defaultValue={values[name]} error={errors[name]} spellCheck={false} width="w-full max-w-md" className="mb-4" {...extra} />
  );

  return (
    <section id={id} aria-labelledby={headingId}>
      <Heading id={headingId} className="text-step-1 font-bold">
        {title}
      </Heading>
      <p className="mt-1 max-w-prose text-muted">Occasional emails about the campaign. We never share your details.</p>
      <form action={action} aria-busy={pending} noValidate className="mt-4" onFocus={onFocus}>
        <ErrorSummary items={summaryItems} message={notice} trigger={state} />
        <FormStartField value={formStart} />
        <input type="hidden" name="source" value={source} />
        <input type="hidden" name="consentVersion" value={CURRENT_CONSENT_VERSION} />

        {field('email', { type: 'email', autoComplete: 'email' })}
        {field('firstName', { autoComplete: 'given-name' })}
        {field('postcodeArea', { autoComplete: 'off', width: 'max-w-32 uppercase', hint: 'Only the first part, like LS6 or SW1A. It helps us tell you about local events.' })}

        <Checkbox id={fid('consent')} name="consent" label={CONSENT_WORDINGS[CURRENT_CONSENT_VERSION]} checked={values.consent} error={errors.consent} />

        <Honeypot id={`${prefix}-website`} />

        <button
          type="submit"
          className="bg-brand px-5 py-2 font-bold text-paper shadow-[0_2px_0_var(--color-brand-dark)] hover:bg-brand-dark"
        >
          Subscribe
        </button>
      </form>
    </section>
  );
}
