'use server';

import { redirect } from 'next/navigation';
import { requestClient } from '@/lib/forms/client';
import { log } from '@/lib/log.mjs';
import { sandboxWebhookSecret } from '@/lib/payments';
import { consume } from '@/lib/rate-limit';
import { hashIdentifier } from '@/lib/security/hash';
import { formOf, TRUNCATED_MESSAGE, wasTruncated } from '@/lib/security/request';
import { getDonationDeps } from './deps';
import { CHECKOUT_PER_IP, limitedMessage } from './limits';
import { openCustomerPortal } from './manage';
import { cancelSandboxSubscription, completeSandboxCheckout } from './sandbox-flow';
import { donationIdSchema, formValues, manageTokenSchema, sandboxEmailSchema, type DonateFormState } from './schema';
import { startDonation } from './service';

export async function donateAction(_state: DonateFormState, input: FormData): Promise<DonateFormState> {
  const formData = formOf(input);
  if (wasTruncated(formData)) return { status: 'failed', message: TRUNCATED_MESSAGE, values: formValues(formData) };
  let target: string;
  try {
    const deps = await getDonationDeps();
    const { ip } = await requestClient();
    const result = await startDonation(deps, formData, async () => {
      const limit = await consume(CHECKOUT_PER_IP, hashIdentifier(ip, 'donate'));
      return limit.allowed ? null : { status: 'failed', message: limitedMessage(limit.retryAfterSeconds), values: formValues(formData) };
    });
    if (!('redirectTo' in result)) return result;
    target = result.redirectTo;
  } catch (error) {
    log('error', 'donation.action_failed', { message: (error as Error).message });
    return { status: 'failed', message: 'Something went wrong on our side. No money has been taken. Please try again in a few minutes.', values: formValues(formData) };
  }
  redirect(target);
}

export async function sandboxPayAction(input: FormData): Promise<void> {
  const formData = formOf(input);
  const id = donationIdSchema.safeParse(formData.get('donationId'));
  if (!id.success) redirect('/donate');
  const email = sandboxEmailSchema.safeParse(formData.get('email'));
  const deps = await getDonationDeps();
  if (deps.payments.kind !== 'sandbox') redirect('/donate');
  await completeSandboxCheckout(deps, sandboxWebhookSecret(), id.data, email.success ? email.data : null);
  redirect(`/donate/thanks?ref=${id.data}`);
}

export async function openPortalAction(input: FormData): Promise<void> {
  const formData = formOf(input);
  const token = manageTokenSchema.safeParse(formData.get('token'));
  if (!token.success) redirect('/donate/manage');
  const result = await openCustomerPortal(await getDonationDeps(), token.data);
  redirect('url' in result ? result.url : `/donate/manage?token=${token.data}&error=1`);
}

export async function sandboxCancelAction(input: FormData): Promise<void> {
  const formData = formOf(input);
  const token = manageTokenSchema.safeParse(formData.get('token'));
  if (!token.success) redirect('/donate');
  const deps = await getDonationDeps();
  if (deps.payments.kind !== 'sandbox') redirect('/donate');
  await cancelSandboxSubscription(deps, sandboxWebhookSecret(), token.data);
  redirect(`/donate/sandbox/manage?token=${token.data}`);
}
