'use client';

import { useActionState } from 'react';
import { DONATE_FIELDS, PRESET_AMOUNTS_PENCE, type DonateField, type DonateFormState, type DonateValues } from '@/lib/donations/fields';
import type { GiftAidWording } from '@/lib/donations/gift-aid';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/text-field';
import { RadioGroup } from '@/components/forms/radio-group';
import { fieldsFor } from '@/components/forms/field-help';
import { GiftAidQuestions } from './gift-aid-questions';

type DonateAction = (state: DonateFormState, formData: FormData) => Promise<DonateFormState>;

const EMPTY = Object.fromEntries(DONATE_FIELDS.map((f) => [f, ''])) as DonateValues;

/** Where each field's error summary link lands: radio groups link to their first option. */
const ANCHORS: Partial<Record<DonateField, string>> = {
  amount: `amount-${PRESET_AMOUNTS_PENCE[0]}`,
  frequency: 'frequency-one_off',
  giftAid: 'giftAid-yes',
  giftAidScope: 'giftAidScope-this',
};

/**
 * `giftAid` is HMRC's wording naming the operator when it is a registered charity; otherwise
 * null, and `noGiftAid` says why in one sentence. `recipient` says who receives the gift.
 */
export function DonateForm({ action, giftAid, noGiftAid, recipient }: { action: DonateAction; giftAid: GiftAidWording | null; noGiftAid: string | null; recipient: string }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as DonateFormState, '/donate');
  const values = state.status === 'idle' ? EMPTY : state.values;
  const errors = state.status === 'invalid' ? state.errors : {};
  const summary = DONATE_FIELDS.flatMap((f) => (errors[f] ? [{ href: `#${ANCHORS[f] ?? f}`, text: errors[f] }] : []));
  const failed = state.status === 'failed' ? [{ href: '#donate-submit', text: state.message }] : [];
  const field = fieldsFor(values, errors);

  return (
    <form action={formAction} noValidate className="group/donate mt-6 max-w-prose">
      <ErrorSummary items={[...summary, ...failed]} trigger={state} />

      <RadioGroup
        {...field('amount')}
        legend="How much would you like to give?"
        inline
        options={[
          ...PRESET_AMOUNTS_PENCE.map((p) => ({ value: String(p), label: `£${p / 100}` })),
          { value: 'other', label: 'Other amount' },
        ]}
      />
      <TextField
        {...field('otherAmount')}
        label="Other amount, in pounds"
        hint="If you chose “Other amount”: from £2 to £10,000, for example 12.50"
        inputMode="decimal"
        width="w-40"
        prefix="£"
        spellCheck={false}
      />

      <RadioGroup
        {...field('frequency')}
        legend="How often?"
        options={[
          { value: 'one_off', label: 'Once' },
          { value: 'monthly', label: 'Every month (cancel at any time)' },
        ]}
      />

      {giftAid ? (
        <GiftAidQuestions wording={giftAid} values={values} errors={errors} />
      ) : (
        <p className="mt-8" data-testid="no-gift-aid">
          {noGiftAid}
        </p>
      )}

      <button
        id="donate-submit"
        type="submit"
        disabled={pending}
        className="mt-8 bg-brand px-5 py-3 text-step-1 font-bold text-paper shadow-[0_3px_0_var(--color-brand-dark)] hover:bg-brand-dark disabled:opacity-70"
      >
        Continue to payment
      </button>
      <p className="mt-3" data-testid="donation-recipient">
        {recipient}
      </p>
      <p className="mt-3 text-muted">You pay on our payment provider’s secure page. We never see your card details.</p>
    </form>
  );
}
