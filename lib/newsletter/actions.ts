'use server';

import { redirect } from 'next/navigation';
import { requestClient as client, type ClientInfo } from '@/lib/forms/client';
import { log } from '@/lib/log.mjs';
import { consume } from '@/lib/rate-limit';
import { hashIdentifier } from '@/lib/security/hash';
import { formOf, TRUNCATED_MESSAGE, wasTruncated } from '@/lib/security/request';
import { newsletterDeps } from './deps';
import { LIMITED_MESSAGE, TOKEN_ACTIONS_PER_IP, UNSUBSCRIBE_PER_IP } from './limits';
import { parseUnsubscribe, unsubscribeValuesFrom, valuesFrom, type SignupState, type UnsubscribeState } from './schema';
import { confirm, handleSignup, requestContext, resendConfirmation, unsubscribeByEmail, unsubscribeByToken } from './service';
import { isWellFormedToken } from './tokens';

export async function signupAction(_prev: SignupState, input: FormData): Promise<SignupState> {
  const form = formOf(input);
  try {
    return await handleSignup(form, await client(), await newsletterDeps());
  } catch (error) {
    log('error', 'newsletter.signup_action_failed', { message: (error as Error).message });
    return { status: 'retry', values: valuesFrom(form), message: 'Sorry, something went wrong. Please try again in a few minutes.' };
  }
}

function tokenFrom(form: FormData): string {
  const token = form.get('token');
  return isWellFormedToken(token) ? token : '';
}

async function allowedTokenAction(c: ClientInfo): Promise<boolean> {
  return (await consume(TOKEN_ACTIONS_PER_IP, hashIdentifier(c.ip, 'ip'))).allowed;
}

export async function confirmAction(input: FormData): Promise<void> {
  const form = formOf(input);
  const token = tokenFrom(form);
  const c = await client();
  if (!(await allowedTokenAction(c))) redirect(`/newsletter/confirm?token=${token}&limited=1`);
  const outcome = await confirm(await newsletterDeps(), token, requestContext(c));
  redirect(outcome === 'confirmed' || outcome === 'already-confirmed' ? '/newsletter/confirmed' : `/newsletter/confirm?token=${token}`);
}

export async function resendAction(input: FormData): Promise<void> {
  const form = formOf(input);
  const token = tokenFrom(form);
  const c = await client();
  if (!(await allowedTokenAction(c))) redirect(`/newsletter/confirm?token=${token}&limited=1`);
  try {
    await resendConfirmation(await newsletterDeps(), token);
  } catch {
    redirect(`/newsletter/confirm?token=${token}&failed=1`);
  }
  redirect('/newsletter/link-sent');
}

export async function unsubscribeTokenAction(input: FormData): Promise<void> {
  const form = formOf(input);
  const token = tokenFrom(form);
  const c = await client();
  if (!(await allowedTokenAction(c))) redirect(`/unsubscribe?token=${token}&limited=1`);
  let outcome: 'unsubscribed' | 'invalid' | 'failed';
  try {
    outcome = await unsubscribeByToken(await newsletterDeps(), token, 'unsubscribe-link', requestContext(c));
  } catch (error) {
    log('error', 'newsletter.unsubscribe_failed', { message: (error as Error).message });
    outcome = 'failed';
  }
  if (outcome === 'failed') redirect(`/unsubscribe?token=${token}&failed=1`);
  redirect(outcome === 'unsubscribed' ? '/unsubscribe/done' : `/unsubscribe?token=${token}`);
}

export async function unsubscribeEmailAction(_prev: UnsubscribeState, input: FormData): Promise<UnsubscribeState> {
  const form = formOf(input);
  const values = unsubscribeValuesFrom(form);
  if (wasTruncated(form)) return { status: 'retry', values, message: TRUNCATED_MESSAGE };
  const parsed = parseUnsubscribe(form);
  if (!parsed.ok) return { status: 'invalid', values, errors: parsed.errors };
  const c = await client();
  if (!(await consume(UNSUBSCRIBE_PER_IP, hashIdentifier(c.ip, 'ip'))).allowed) return { status: 'limited', values, message: LIMITED_MESSAGE };
  try {
    await unsubscribeByEmail(await newsletterDeps(), parsed.data, requestContext(c));
    return { status: 'done' };
  } catch (error) {
    log('error', 'newsletter.unsubscribe_failed', { message: (error as Error).message });
    return { status: 'retry', values, message: 'Sorry, we could not do that just now. Please try again in a few minutes.' };
  }
}
