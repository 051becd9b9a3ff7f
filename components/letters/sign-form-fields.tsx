'use client';

import { useActionState, useEffect, useRef } from 'react';
import { FormStartField, Honeypot, useFormStart } from '@/components/forms/bot-screen';
import { Checkbox } from '@/components/forms/checkbox';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/text-field';
import { signAction } from '@/lib/letters/actions';
import { EMPTY_SIGN_VALUES, SIGN_FIELDS, type SignField, type SignState } from '@/lib/letters/fields';
import { pathFor } from '@/lib/content/paths';
import { CONSENT_WORDINGS, CURRENT_CONSENT_VERSION } from '@/lib/newsletter/consent';

const fid = (f: SignField) => `sign-${f}`;

export function SignFormFields({ slug, wordingVersion, formStart: initialStart }: { slug: string; wordingVersion: string; formStart: string }) {
  // Without JavaScript the post goes to the letter's page, which shows the result.
  const [state, action, pending] = useActionState<SignState, FormData>(signAction, { status: 'idle', values: EMPTY_SIGN_VALUES }, pathFor('openLetter', slug));
  const { formStart, onFocus } = useFormStart(initialStart);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The form that had focus is gone; put focus on the message that replaced it.
    if (state.status === 'sent' || state.status === 'closed') doneRef.current?.focus();
  }, [state]);

  if (state.status === 'sent' || state.status === 'closed') {
    return (
      <div ref={doneRef} id="sign-result" role="status" tabIndex={-1} autoFocus className="border-l-8 border-success bg-surface p-4">
        {state.status === 'sent' ? (
          <>
            <h2 className="text-step-1 font-bold">Check your inbox</h2>
            <p className="mt-2">
              If that address can receive email, we have sent a message to it. Your name is counted once you open the link in the email
              and select Confirm. The link works for 3 days.
            </p>
            <p className="mt-2">If nothing arrives within a few minutes, check your spam or junk folder.</p>
          </>
        ) : (
          <>
            <h2 className="text-step-1 font-bold">This letter is closed</h2>
            <p className="mt-2">It is no longer taking names. Thank you for wanting to add yours.</p>
          </>
        )}
      </div>
    );
  }

  const values = state.values;
  const errors = state.status === 'invalid' ? state.errors : {};
  const summaryItems = SIGN_FIELDS.flatMap((f) => (errors[f] ? [{ href: `#${fid(f)}`, text: errors[f] }] : []));
  const notice = state.status === 'retry' || state.status === 'limited' ? state.message : undefined;
  const field = (name: 'firstName' | 'lastName' | 'email' | 'postcode', label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={fid(name)} name={name} label={label} defaultValue={values[name]} error={errors[name]} spellCheck={false} width="w-full max-w-md" className="mb-4" {...extra} />
  );

  return (
    <form action={action} aria-busy={pending} noValidate onFocus={onFocus}>
      <ErrorSummary items={summaryItems} message={notice} trigger={state} />
      <FormStartField value={formStart} />
      <input type="hidden" name="letter" value={slug} />
      <input type="hidden" name="wordingVersion" value={wordingVersion} />
      <input type="hidden" name="updatesWordingVersion" value={CURRENT_CONSENT_VERSION} />
      {field('firstName', 'First name', { autoComplete: 'given-name' })}
      {field('lastName', 'Last name', { autoComplete: 'family-name' })}
      {field('email', 'Email address', { type: 'email', autoComplete: 'email', hint: 'We send a link to confirm your name. It is never shown or shared.' })}
      {field('postcode', 'Postcode', { autoComplete: 'postal-code', width: 'max-w-40 uppercase', hint: 'Your full postcode, like LS6 1AN. We use it to count names by constituency.' })}
      <Checkbox
        id={fid('showPublicly')}
        name="showPublicly"
        label="Show my first name and area on the list of supporters"
        hint="Optional. Leave it unticked and you are counted without being named."
        checked={values.showPublicly}
        error={errors.showPublicly}
      />
      <Checkbox id={fid('updates')} name="updates" label={`Send me campaign updates. ${CONSENT_WORDINGS[CURRENT_CONSENT_VERSION]}`} hint="Optional. We will email you to confirm this too." checked={values.updates} error={errors.updates} />

      <Honeypot id="sign-website" />

      <button type="submit" className="bg-brand px-5 py-2 font-bold text-paper shadow-[0_2px_0_var(--color-brand-dark)] hover:bg-brand-dark">
        Add my name
      </button>
    </form>
  );
}
