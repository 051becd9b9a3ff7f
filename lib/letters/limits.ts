import type { LimitRule } from '@/lib/rate-limit';

export { LIMITED_MESSAGE } from '@/lib/newsletter/limits';

// As for the newsletter: generous for a shared connection, tight enough that nobody can use the
// form to mail-bomb an inbox or probe which addresses have signed.
export const SIGN_PER_IP: LimitRule = { name: 'letters-sign-ip', points: 30, durationSeconds: 600 };
export const SIGN_PER_ADDRESS: LimitRule = { name: 'letters-sign-address', points: 5, durationSeconds: 600 };
export const CONFIRM_PER_IP: LimitRule = { name: 'letters-confirm-ip', points: 60, durationSeconds: 600 };
