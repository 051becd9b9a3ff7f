import { z } from 'zod';
import { emailField } from './schema';

export const unsubscribeSchema = z.object({ email: emailField });

export type UnsubscribeState =
  | { status: 'idle'; email: string }
  | { status: 'invalid'; email: string; error: string }
  /** Same words whether or not the address was on the list. */
  | { status: 'done' }
  | { status: 'limited'; email: string; message: string }
  | { status: 'retry'; email: string; message: string };

export function parseUnsubscribe(form: FormData): { ok: true; email: string } | { ok: false; error: string } {
  const raw = form.get('email');
  const result = unsubscribeSchema.safeParse({ email: typeof raw === 'string' ? raw : '' });
  if (result.success) return { ok: true, email: result.data.email };
  return { ok: false, error: result.error.issues[0]?.message ?? 'Enter your email address' };
}
