'use client';

import { useEffect, useRef } from 'react';
import { CopyText } from '@/components/ui/copy-text';
import type { WriteState } from '@/lib/write-to-mp/fields';
import { BUTTON_CLASS } from './submit-button';

type SendState = Extract<WriteState, { step: 'send' }>;

export function SendStep({ state }: { state: SendState }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { mp } = state;
  return (
    <section aria-labelledby="wtm-send-heading">
      <h2 id="wtm-send-heading" ref={ref} tabIndex={-1} autoFocus className="text-step-2 focus:outline-3 focus:outline-accent">
        Your letter to {mp.name} is ready
      </h2>
      <ol className="mt-4 max-w-prose list-decimal space-y-2 pl-6">
        <li>{state.mailto ? 'Open it in your email app, or copy it into a new email.' : `Copy the letter, then open ${mp.name}’s contact page and paste it in.`}</li>
        <li>Replace the lines in square brackets at the end with your name and full address, including your postcode.</li>
        <li>Read it through, change anything you like, and send it.</li>
      </ol>
      {state.mailto ? (
        <div className="mt-6">
          <a id="wtm-mailto" href={state.mailto} className={`inline-block no-underline ${BUTTON_CLASS}`}>
            Open in my email app
          </a>
          {!state.includesBody && (
            <p className="mt-3 max-w-prose font-semibold">
              Your letter is too long for some email apps to take in one go, so the email opens with the address and subject only. Copy the
              letter below and paste it in.
            </p>
          )}
          <p className="mt-4">
            To: <span className="font-semibold break-all">{mp.email}</span>
          </p>
          <CopyText value={mp.email ?? ''} buttonLabel="Copy the address" />
          <p>
            Subject: <span className="font-semibold">{state.subject}</span>
          </p>
        </div>
      ) : (
        <p className="mt-6">
          <a id="wtm-contact" href={mp.contactUrl} rel="noreferrer" className="font-bold">
            {mp.name}’s contact page
          </a>
        </p>
      )}
      <div className="mt-6">
        <label htmlFor="wtm-letter" className="block font-bold">
          Your letter
        </label>
        <textarea id="wtm-letter" readOnly rows={18} value={state.letter} className="mt-1 block w-full max-w-prose border-2 border-ink bg-surface px-2 py-1.5" />
        <CopyText value={state.letter} buttonLabel="Copy the letter" />
      </div>
      {state.updates === 'sent' && <p className="mt-4 max-w-prose border-l-8 border-success bg-surface p-3">Check your inbox: we have sent a link to confirm your campaign updates.</p>}
      {state.updates === 'failed' && (
        <p className="mt-4 max-w-prose">
          We could not sign you up for updates just now. You can <a href="/get-involved#signup">try again on the Get involved page</a>.
        </p>
      )}
      <p className="mt-6">
        <a href="/act">See other ways to take action</a>
      </p>
    </section>
  );
}
