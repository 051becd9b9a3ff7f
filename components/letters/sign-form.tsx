import { issueFormStart } from '@/lib/forms/form-start';
import { SignFormFields } from './sign-form-fields';

/**
 * The "Add your name" form for one letter. The server part signs the form's start time; the
 * fields are a client component that still works as a plain HTML form when JavaScript is off.
 */
export function SignForm({ letter }: { letter: { slug: string; wordingVersion: string } }) {
  return <SignFormFields slug={letter.slug} wordingVersion={letter.wordingVersion} formStart={issueFormStart()} />;
}
