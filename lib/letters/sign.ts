import { log } from '@/lib/log.mjs';
import { checkFormStart } from '@/lib/newsletter/form-start';
import { FORM_START_FIELD, HONEYPOT_FIELD, type ClientInfo } from '@/lib/newsletter/signup';
import { consume } from '@/lib/rate-limit';
import { hashIdentifier } from '@/lib/security/hash';
import { LIMITED_MESSAGE, SIGN_PER_ADDRESS, SIGN_PER_IP } from './limits';
import { parseSign, valuesFrom, type SignState } from './schema';
import { LetterClosedError, sign, type LetterRef, type LettersDeps } from './service';

export const RETRY_FAST = 'Please check your details, then select Add my name again.';
export const RETRY_FAILED = 'Sorry, we could not take your name just now. Nothing was saved. Please try again in a few minutes.';

/**
 * The whole signing path behind the server action, minus Next's request plumbing. Returns a
 * state for the form and never throws: bad input comes back as field errors with the typed
 * values; every accepted signature, new or repeated, gets the same "check your inbox" state;
 * and "sent" is only returned once the signature is committed.
 */
export async function handleSign(form: FormData, client: ClientInfo, letter: LetterRef | null, deps: () => Promise<LettersDeps>): Promise<SignState> {
  const values = valuesFrom(form);
  if (!letter?.open) return { status: 'closed' };
  const parsed = parseSign(form);
  if (!parsed.ok) return { status: 'invalid', values, errors: parsed.errors };
  if (parsed.data.wordingVersion !== letter.wordingVersion) {
    return { status: 'invalid', values, errors: { firstName: 'The letter has changed since you opened this page. Please read it again, then add your name.' } };
  }

  const honeypot = form.get(HONEYPOT_FIELD);
  const start = checkFormStart(form.get(FORM_START_FIELD));
  if ((typeof honeypot === 'string' && honeypot.trim() !== '') || start === 'missing') {
    // Looks like a script: answer as if it worked, so it learns nothing, and store nothing.
    log('info', 'letters.sign_trap', { reason: start === 'missing' ? 'no-form-start' : 'honeypot' });
    return { status: 'sent' };
  }
  if (start === 'too-fast') return { status: 'retry', values, message: RETRY_FAST };

  if (!(await consume(SIGN_PER_IP, hashIdentifier(client.ip, 'ip'))).allowed) return { status: 'limited', values, message: LIMITED_MESSAGE };
  if (!(await consume(SIGN_PER_ADDRESS, hashIdentifier(`${letter.slug}:${parsed.data.email}`, 'email'))).allowed) {
    return { status: 'limited', values, message: LIMITED_MESSAGE };
  }

  try {
    await sign(await deps(), letter, parsed.data);
    return { status: 'sent' };
  } catch (error) {
    if (error instanceof LetterClosedError) return { status: 'closed' };
    log('error', 'letters.sign_failed', { letter: letter.slug, message: (error as Error).message });
    return { status: 'retry', values, message: RETRY_FAILED };
  }
}
