import { FieldError } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/text-field';
import type { GiftAidWording } from '@/lib/donations/gift-aid';
import type { DonateErrors, DonateValues } from '@/lib/donations/fields';
import { RadioGroup } from '@/components/forms/radio-group';
import { fieldsFor } from '@/components/forms/field-help';

/** The Gift Aid question and HMRC's declaration, worded to the registered charity that claims it. */
export function GiftAidQuestions({ wording, values, errors }: { wording: GiftAidWording; values: DonateValues; errors: DonateErrors }) {
  const field = fieldsFor(values, errors);
  return (
    <>
      <RadioGroup
        {...field('giftAid')}
        legend="Can we add Gift Aid?"
        hint={`If you are a UK taxpayer, Gift Aid lets ${wording.charityName} claim an extra 25p for every £1 you give, at no cost to you.`}
        options={[
          { value: 'yes', label: 'Yes, I am a UK taxpayer and want to add Gift Aid' },
          { value: 'no', label: 'No Gift Aid' },
        ]}
      />

      {/* Shown by CSS when “Yes” is checked, so it works without JavaScript. */}
      <section aria-labelledby="gift-aid-heading" className="mt-6 hidden border-l-4 border-line pl-4 group-has-[#giftAid-yes:checked]/donate:block">
        <h2 id="gift-aid-heading" className="text-step-2">
          Your Gift Aid declaration to {wording.charityName}
        </h2>
        <p className="mt-2">HMRC needs your name and home address to match your gift to your tax record. We keep them for 6 years, as HMRC requires, and never share them with our payment provider.</p>
        <TextField {...field('title')} label="Title (optional)" hint="For example Ms, Mr or Dr" autoComplete="honorific-prefix" width="w-28" />
        <TextField {...field('firstName')} label="First name" autoComplete="given-name" spellCheck={false} />
        <TextField {...field('lastName')} label="Surname" autoComplete="family-name" spellCheck={false} />
        <TextField {...field('house')} label="House name or number" autoComplete="address-line1" />
        <TextField {...field('postcode')} label="Postcode" autoComplete="postal-code" width="w-40" spellCheck={false} />

        <RadioGroup
          {...field('giftAidScope')}
          legend="Which gifts does your declaration cover?"
          legendClass="font-bold"
          options={[
            { value: 'this', label: wording.scopes.this },
            { value: 'all', label: wording.scopes.all },
          ]}
        />
        <p className="mt-4">{wording.taxpayerStatement}</p>
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
        <ul className="mt-4 list-disc space-y-1 pl-5 text-muted">
          {wording.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
