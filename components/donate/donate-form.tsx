'use client';

import { useActionState } from 'react';
import { DONATE_FIELDS, PRESET_AMOUNTS_PENCE, type DonateField, type DonateFormState, type DonateValues } from '@/lib/donations/form-fields';
import { GIFT_AID_SCOPES, GIFT_AID_TAXPAYER_STATEMENT } from '@/lib/donations/gift-aid';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/text-field';
import { RadioGroup } from './fields';

type DonateAction = (state: DonateFormState, formData: FormData) => Promise<DonateFormState>;

const EMPTY = Object.fromEntries(DONATE_FIELDS.map((f) => [f, ''])) as DonateValues;

/** Where each field's error summary link lands: radio groups link to their first option. */
const ANCHORS: Partial<Record<DonateField, string>> = {
  amount: `amount-${PRESET_AMOUNTS_PENCE[0]}`,
  frequency: 'frequency-one_off',
  giftAid: 'giftAid-yes',
  giftAidScope: 'giftAidScope-this',
};

export function DonateForm({ action }: { action: DonateAction }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as DonateFormState, '/donate');
  const values = state.status === 'idle' ? EMPTY : state.values;
  const errors = state.status === 'invalid' ? state.errors : {};
  const summary = DONATE_FIELDS.flatMap((f) => (errors[f] ? [{ href: `#${ANCHORS[f] ?? f}`, text: errors[f] }] : []));
  const failed = state.status === 'failed' ? [{ href: '#donate-submit', text: state.message }] : [];

  return (
    <form action={formAction} noValidate className="group/donate mt-6 max-w-prose">
      <ErrorSummary items={[...summary, ...failed]} trigger={state} />

      <RadioGroup
        name="amount"
        legend="How much would you like to give?"
        value={values.amount}
        error={errors.amount}
        inline
        options={[
          ...PRESET_AMOUNTS_PENCE.map((p) => ({ value: String(p), label: `£${p / 100}` })),
          { value: 'other', label: 'Other amount' },
        ]}
      />
      <TextField
        name="otherAmount"
        label="Other amount, in pounds"
        hint="If you chose “Other amount”: from £2 to £10,000, for example 12.50"
        defaultValue={values.otherAmount}
        error={errors.otherAmount}
        inputMode="decimal"
        width="w-40"
        prefix="£"
        spellCheck={false}
      />

      <RadioGroup
        name="frequency"
        legend="How often?"
        value={values.frequency}
        error={errors.frequency}
        options={[
          { value: 'one_off', label: 'Once' },
          { value: 'monthly', label: 'Every month (cancel at any time)' },
        ]}
      />

      <RadioGroup
        name="giftAid"
        legend="Can we add Gift Aid?"
        hint="If you are a UK taxpayer, Gift Aid lets us claim an extra 25p for every £1 you give, at no cost to you."
        value={values.giftAid}
        error={errors.giftAid}
        options={[
          { value: 'yes', label: 'Yes, I am a UK taxpayer and want to add Gift Aid' },
          { value: 'no', label: 'No Gift Aid' },
        ]}
      />

      {/* Shown by CSS when “Yes” is checked, so it works without JavaScript. */}
      <section aria-labelledby="gift-aid-heading" className="mt-6 hidden border-l-4 border-line pl-4 group-has-[#giftAid-yes:checked]/donate:block">
        <h2 id="gift-aid-heading" className="text-step-2">
          Your Gift Aid declaration
        </h2>
        <p className="mt-2">HMRC needs your name and home address to match your gift to your tax record. We keep them for 6 years, as HMRC requires, and never share them with our payment provider.</p>
        <TextField name="title" label="Title (optional)" hint="For example Ms, Mr or Dr" defaultValue={values.title} error={errors.title} autoComplete="honorific-prefix" width="w-28" />
        <TextField name="firstName" label="First name" defaultValue={values.firstName} error={errors.firstName} autoComplete="given-name" spellCheck={false} />
        <TextField name="lastName" label="Surname" defaultValue={values.lastName} error={errors.lastName} autoComplete="family-name" spellCheck={false} />
        <TextField name="house" label="House name or number" defaultValue={values.house} error={errors.house} autoComplete="address-line1" />
        <TextField name="postcode" label="Postcode" defaultValue={values.postcode} error={errors.postcode} autoComplete="postal-code" width="w-40" spellCheck={false} />

        <RadioGroup
          name="giftAidScope"
          legend="Which gifts does your declaration cover?"
          legendClass="font-bold"
          value={values.giftAidScope}
          error={errors.giftAidScope}
          options={[
            { value: 'this', label: GIFT_AID_SCOPES.this },
            { value: 'all', label: GIFT_AID_SCOPES.all },
          ]}
        />
        <p className="mt-4">{GIFT_AID_TAXPAYER_STATEMENT}</p>
        <div className={`mt-4 ${errors.giftAidConfirm ? 'border-l-4 border-danger pl-3' : ''}`}>
          <FieldError id="giftAidConfirm-error" message={errors.giftAidConfirm} />
          <div className="flex items-start gap-2">
            <input
              type="checkbox"
              id="giftAidConfirm"
              name="giftAidConfirm"
              value="yes"
              defaultChecked={values.giftAidConfirm === 'yes'}
              aria-describedby={errors.giftAidConfirm ? 'giftAidConfirm-error' : undefined}
              className="mt-1 size-6 shrink-0 accent-brand"
            />
            <label htmlFor="giftAidConfirm" className="py-0.5 font-semibold">
              I confirm this Gift Aid declaration
            </label>
          </div>
        </div>
      </section>

      <button
        id="donate-submit"
        type="submit"
        disabled={pending}
        className="mt-8 bg-brand px-5 py-3 text-step-1 font-bold text-paper shadow-[0_3px_0_var(--color-brand-dark)] hover:bg-brand-dark disabled:opacity-70"
      >
        Continue to payment
      </button>
      <p className="mt-3 text-muted">You pay on our payment provider’s secure page. We never see your card details.</p>
    </form>
  );
}
