'use client';

import { useId, useState, useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

interface CopyTextProps {
  value: string;
  buttonLabel: string;
  /** Label of the read-only field shown when copying is impossible; omit when the text is already on the page. */
  fieldLabel?: string;
}

/**
 * Copies text without a library. Without JavaScript, or when the clipboard is refused, the
 * value sits in a read-only field that selects itself on focus so it can be copied by hand.
 */
export function CopyText({ value, buttonLabel, fieldLabel }: CopyTextProps) {
  const id = useId();
  const hydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const canCopy = hydrated && typeof navigator !== 'undefined' && !!navigator.clipboard;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  const showField = fieldLabel && (!canCopy || state === 'failed');
  return (
    <div className="mt-3">
      {canCopy && (
        <button
          type="button"
          onClick={copy}
          className="rounded border-2 border-brand bg-surface px-4 py-2 font-semibold text-brand hover:bg-paper"
        >
          {buttonLabel}
        </button>
      )}
      <p role="status" className="mt-1 min-h-[1lh] text-step--1">
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'Could not copy automatically. Select the text and copy it.' : ''}
      </p>
      {showField && (
        <p className="mt-1">
          <label htmlFor={id} className="block text-step--1 font-semibold">
            {fieldLabel}
          </label>
          <input
            id={id}
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full max-w-prose rounded border border-ink bg-surface px-2 py-1"
          />
        </p>
      )}
    </div>
  );
}
