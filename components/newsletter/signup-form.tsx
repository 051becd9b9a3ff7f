import { issueFormStart } from '@/lib/forms/form-start';
import type { SignupFormSource } from '@/lib/newsletter/fields';
import { SignupFormFields } from './signup-form-fields';

export interface SignupFormProps {
  /** Where the form sits; kept with the consent record. Also makes element ids unique per form. */
  source: SignupFormSource;
  title?: string;
  headingLevel?: 2 | 3;
  /** Anchor for links such as /get-involved#signup. */
  id?: string;
}

/**
 * The newsletter sign-up, self-contained: drop it into any server-rendered page. The server
 * part signs the form's start time; the fields are a client component that still works as a
 * plain HTML form when JavaScript is off.
 */
export function SignupForm({ source, title = 'Get campaign updates by email', headingLevel = 2, id }: SignupFormProps) {
  return <SignupFormFields source={source} formStart={issueFormStart()} title={title} headingLevel={headingLevel} id={id} />;
}
