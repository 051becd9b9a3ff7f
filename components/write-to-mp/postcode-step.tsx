import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/text-field';
import type { WriteState } from '@/lib/write-to-mp/fields';
import { SubmitButton } from './submit-button';

export function PostcodeStep({ slug, state, action }: { slug: string; state: Extract<WriteState, { step: 'postcode' }>; action: (form: FormData) => void }) {
  const items = state.error ? [{ href: '#wtm-postcode', text: state.error }] : [];
  return (
    <form action={action} noValidate aria-labelledby="wtm-find-heading">
      <h2 id="wtm-find-heading" className="text-step-2">
        Find your MP
      </h2>
      <ErrorSummary items={items} message={state.notice} trigger={state} />
      <input type="hidden" name="intent" value="find" />
      <input type="hidden" name="action" value={slug} />
      <TextField name="postcode" id="wtm-postcode" label="Your postcode" defaultValue={state.postcode} error={state.error} autoComplete="postal-code" spellCheck={false} width="w-40 uppercase"
        hint="Your full UK postcode, like SW1A 0AA. We use it once to find your MP and do not keep it." />
      <SubmitButton>Find my MP</SubmitButton>
    </form>
  );
}
