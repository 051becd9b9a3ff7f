'use client';

import { useActionState } from 'react';
import { pathFor } from '@/lib/content/paths';
import { writeToMpAction } from '@/lib/write-to-mp/actions';
import { INITIAL_WRITE_STATE, type LetterAction, type WriteState } from '@/lib/write-to-mp/fields';
import { LetterStep } from './letter-step';
import { PostcodeStep } from './postcode-step';
import { SendStep } from './send-step';

/**
 * Postcode → MP → letter → send, as one Server Action with a state per step. Without JavaScript
 * each step is a plain POST to the action's own page (the permalink), which renders the next step:
 * the postcode travels only in a POST body, never in a URL.
 */
export function WriteToMpFlow({ action }: { action: LetterAction }) {
  const permalink = pathFor('writeToMp', action.slug);
  const [state, dispatch, pending] = useActionState<WriteState, FormData>(writeToMpAction, INITIAL_WRITE_STATE, permalink);
  return (
    <div aria-busy={pending} className="mt-8">
      {state.step === 'postcode' && <PostcodeStep slug={action.slug} state={state} action={dispatch} />}
      {state.step === 'letter' && <LetterStep action={action} state={state} submit={dispatch} />}
      {state.step === 'send' && <SendStep state={state} />}
      {state.step === 'closed' && <p className="font-semibold">This action has closed.</p>}
    </div>
  );
}
