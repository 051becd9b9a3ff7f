'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { cancelSandboxSubscription, completeSandboxCheckout, getDonationDeps, openCustomerPortal, sandboxSecret, startDonation, type DonateFormState } from '@/lib/donations';
import { formValues } from '@/lib/donations/form-schema';
import { log } from '@/lib/log.mjs';
import { consume } from '@/lib/rate-limit';
import { clientIp } from '@/lib/security/client-ip';
import { hashIdentifier } from '@/lib/security/hash';
import { TRUNCATED_MESSAGE, wasTruncated } from '@/lib/security/request';

/** Card testers script many small checkouts: cap sessions per address. */
const DONATE_LIMIT = { name: 'donate-checkout', points: 10, durationSeconds: 600 };

export async function donateAction(_state: DonateFormState, formData: FormData): Promise<DonateFormState> {
  if (wasTruncated(formData)) return { status: 'failed', message: TRUNCATED_MESSAGE, values: formValues(formData) };
  let target: string;
  try {
    const deps = await getDonationDeps();
    const ip = clientIp(await headers());
    const result = await startDonation(deps, formData, async () => {
      const limit = await consume(DONATE_LIMIT, hashIdentifier(ip, 'donate'));
      if (limit.allowed) return null;
      const minutes = Math.ceil(limit.retryAfterSeconds / 60);
      return { status: 'failed', message: `Too many attempts from your connection. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, values: formValues(formData) };
    });
    if (!('redirectTo' in result)) return result;
    target = result.redirectTo;
  } catch (error) {
    log('error', 'donation.action_failed', { message: (error as Error).message });
    return { status: 'failed', message: 'Something went wrong on our side. No money has been taken. Please try again in a few minutes.', values: formValues(formData) };
  }
  redirect(target);
}

const idSchema = z.string().regex(/^don_[A-Za-z0-9_-]{10,40}$/);
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);
const emailSchema = z.email().max(254);

export async function sandboxPayAction(formData: FormData): Promise<void> {
  const id = idSchema.safeParse(formData.get('donationId'));
  if (!id.success) redirect('/donate');
  const email = emailSchema.safeParse(formData.get('email'));
  const deps = await getDonationDeps();
  if (deps.payments.kind !== 'sandbox') redirect('/donate');
  await completeSandboxCheckout(deps, sandboxSecret(), id.data, email.success ? email.data : null);
  redirect(`/donate/thanks?ref=${id.data}`);
}

export async function openPortalAction(formData: FormData): Promise<void> {
  const token = tokenSchema.safeParse(formData.get('token'));
  if (!token.success) redirect('/donate/manage');
  const result = await openCustomerPortal(await getDonationDeps(), token.data);
  redirect('url' in result ? result.url : `/donate/manage?token=${token.data}&error=1`);
}

export async function sandboxCancelAction(formData: FormData): Promise<void> {
  const token = tokenSchema.safeParse(formData.get('token'));
  if (!token.success) redirect('/donate');
  const deps = await getDonationDeps();
  if (deps.payments.kind !== 'sandbox') redirect('/donate');
  await cancelSandboxSubscription(deps, sandboxSecret(), token.data);
  redirect(`/donate/sandbox/manage?token=${token.data}`);
}
