import type { LimitRule } from '@/lib/rate-limit';

// Generous enough for a shared connection (a family, an office, a mobile network), tight
// enough that nobody can use the form to mail-bomb an inbox or enumerate addresses.
export const SIGNUP_PER_IP: LimitRule = { name: 'newsletter-signup-ip', points: 30, durationSeconds: 600 };
export const SIGNUP_PER_ADDRESS: LimitRule = { name: 'newsletter-signup-address', points: 5, durationSeconds: 600 };
export const TOKEN_ACTIONS_PER_IP: LimitRule = { name: 'newsletter-token-ip', points: 60, durationSeconds: 600 };
export const UNSUBSCRIBE_PER_IP: LimitRule = { name: 'newsletter-unsubscribe-ip', points: 30, durationSeconds: 600 };

export const LIMITED_MESSAGE =
  'You have tried this a lot of times in a short while. Please wait a few minutes and try again.';
