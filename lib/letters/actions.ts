'use server';

import { redirect } from 'next/navigation';
import { getPublishedOpenLetter } from '@/lib/content/open-letters';
import { letterStepPath } from '@/lib/content/paths';
import { requestClient as client } from '@/lib/forms/client';
import { log } from '@/lib/log.mjs';
import { requestContext } from '@/lib/newsletter/service';
import { isWellFormedToken } from '@/lib/newsletter/tokens';
import { consume } from '@/lib/rate-limit';
import { hashIdentifier } from '@/lib/security/hash';
import { formOf } from '@/lib/security/request';
import { lettersDeps } from './deps';
import { CONFIRM_PER_IP } from './limits';
import { valuesFrom, type SignState } from './schema';
import { toLetterRef } from './letter-ref';
import { confirm, handleSign, RETRY_FAILED } from './service';

export async function signAction(_prev: SignState, input: FormData): Promise<SignState> {
  const form = formOf(input);
  try {
    const slug = form.get('letter');
    const letter = toLetterRef(typeof slug === 'string' ? await getPublishedOpenLetter(slug) : null);
    const c = await client();
    return await handleSign(form, c, letter, () => lettersDeps(requestContext(c)));
  } catch (error) {
    log('error', 'letters.sign_action_failed', { message: (error as Error).message });
    return { status: 'retry', values: valuesFrom(form), message: RETRY_FAILED };
  }
}

function slugFrom(form: FormData): string {
  const slug = form.get('letter');
  return typeof slug === 'string' && /^[a-z0-9-]{1,100}$/.test(slug) ? slug : '';
}

/** The Confirm button. A GET of the link never gets here: only this POST counts a name. */
export async function confirmAction(input: FormData): Promise<void> {
  const form = formOf(input);
  const raw = form.get('token');
  const token = isWellFormedToken(raw) ? raw : '';
  const slug = slugFrom(form);
  const back = `${letterStepPath(slug, 'confirm')}?token=${token}`;
  const c = await client();
  if (!(await consume(CONFIRM_PER_IP, hashIdentifier(c.ip, 'ip'))).allowed) redirect(`${back}&limited=1`);
  let result;
  try {
    result = await confirm(await lettersDeps(requestContext(c)), token);
  } catch (error) {
    log('error', 'letters.confirm_failed', { letter: slug, message: (error as Error).message });
    redirect(`${back}&failed=1`);
  }
  if ((result.outcome === 'confirmed' || result.outcome === 'already-confirmed') && result.slug) redirect(letterStepPath(result.slug, 'signed'));
  redirect(back);
}
