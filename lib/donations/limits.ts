import type { LimitRule } from '@/lib/rate-limit';

/** Card testers script many small checkouts: cap sessions per address. */
export const CHECKOUT_PER_IP: LimitRule = { name: 'donate-checkout', points: 10, durationSeconds: 600 };

export function limitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts from your connection. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
