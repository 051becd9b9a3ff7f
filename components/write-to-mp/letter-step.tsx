import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/text-field';
import { pathFor } from '@/lib/content/paths';
import { CONSENT_WORDINGS, CURRENT_CONSENT_VERSION } from '@/lib/newsletter/consent';
import { LETTER_FIELDS, OWN_WORDS_MAX, type LetterAction, type WriteState } from '@/lib/write-to-mp/fields';
import { MpCard } from './mp-card';
import { SubmitButton } from './submit-button';

type LetterState = Extract<WriteState, { step: 'letter' }>;
const fid = (f: string) => `wtm-${f}`;

export function LetterStep({ action, state, submit }: { action: LetterAction; state: LetterState; submit: (form: FormData) => void }) {
  const { values, errors } = state;
  const items = LETTER_FIELDS.flatMap((f) => (errors[f] ? [{ href: `#${f === 'points' ? fid('point-0') : fid(f)}`, text: errors[f] }] : []));
  return (
    <div>
      <MpCard mp={state.mp} />
      <p className="mt-3">
        <a href={pathFor('writeToMp', action.slug)}>Not your MP? Enter a different postcode</a>
      </p>
      <form action={submit} noValidate aria-labelledby="wtm-letter-heading" className="mt-8">
        <h2 id="wtm-letter-heading" className="text-step-2">
          Write your letter
        </h2>
        <ErrorSummary items={items} message={state.notice} trigger={state} />
        <input type="hidden" name="intent" value="letter" />
        <input type="hidden" name="action" value={action.slug} />
        <input type="hidden" name="token" value={state.token} />

        <fieldset className={`mt-5 ${errors.points ? 'border-l-4 border-danger pl-3' : ''}`} aria-describedby={errors.points ? 'wtm-points-error' : undefined}>
          <legend className="font-bold">Choose the points you want to make</legend>
          <FieldError id="wtm-points-error" message={errors.points} />
          {action.talkingPoints.map((point, i) => (
            <div key={point.id} className="mt-3 flex items-start gap-3">
              <input
                id={fid(`point-${i}`)}
                name="points"
                type="checkbox"
                value={point.id}
                defaultChecked={values.points.includes(point.id)}
                aria-describedby={fid(`point-${i}-hint`)}
                className="mt-1 size-6 shrink-0 accent-brand"
              />
              <div className="max-w-prose">
                <label htmlFor={fid(`point-${i}`)} className="font-semibold">
                  {point.title}
                </label>
                <p id={fid(`point-${i}-hint`)} className="text-muted">
                  {point.body}
                </p>
              </div>
            </div>
          ))}
        </fieldset>

        <div className={`mt-6 ${errors.ownWords ? 'border-l-4 border-danger pl-3' : ''}`}>
          <label htmlFor={fid('ownWords')} className="block font-bold">
            In your own words
          </label>
          <p id={fid('ownWords-hint')} className="max-w-prose text-muted">
            A few lines about what the CMS has meant for you and your children count for more than anything above. MPs’ offices set
            identical letters aside, and WriteToThem flags them. Leave out anything you would not want their office to read.
          </p>
          <FieldError id={fid('ownWords-error')} message={errors.ownWords} />
          <textarea
            id={fid('ownWords')}
            name="ownWords"
            rows={8}
            maxLength={OWN_WORDS_MAX}
            defaultValue={values.ownWords}
            aria-describedby={[fid('ownWords-hint'), errors.ownWords ? fid('ownWords-error') : null].filter(Boolean).join(' ')}
            aria-invalid={errors.ownWords ? true : undefined}
            className="mt-1 block w-full max-w-prose border-2 border-ink bg-surface px-2 py-1.5 aria-invalid:border-4 aria-invalid:border-danger"
          />
        </div>

        <TextField name="subject" id={fid('subject')} label="Email subject" defaultValue={values.subject} error={errors.subject} width="w-full max-w-prose" />

        <div className="mt-6 max-w-prose">
          <div className="flex items-start gap-3">
            <input id={fid('updates')} name="updates" type="checkbox" value="yes" defaultChecked={values.updates} className="mt-1 size-6 shrink-0 accent-brand" />
            <label htmlFor={fid('updates')}>Also send me campaign updates (optional). {CONSENT_WORDINGS[CURRENT_CONSENT_VERSION]}</label>
          </div>
          <input type="hidden" name="consentVersion" value={CURRENT_CONSENT_VERSION} />
          <TextField name="email" id={fid('email')} type="email" label="Your email address, only if you ticked the box" defaultValue={values.email} error={errors.email}
            hint="We will send a link to confirm. Nothing is sent unless you tick the box." autoComplete="email" spellCheck={false} width="w-full max-w-md" />
        </div>

        <div className="mt-6 max-w-prose border-l-4 border-line pl-4">
          <h3 className="font-bold">What {state.mp.name}’s office will see</h3>
          <p>
            Your letter goes from your own email account, so the office sees your email address. At the end of the letter add your name and
            full address: MPs answer people who live in their constituency, and the office uses them to check. This site does not keep your
            letter or your postcode; it only counts that a letter was started in {state.mp.constituency}.
          </p>
        </div>
        <SubmitButton>Write my letter</SubmitButton>
      </form>
    </div>
  );
}
