import type { LimitRule } from '@/lib/rate-limit';

// A household or office shares an address; a script looking up postcodes in bulk does not get far.
export const LOOKUP_PER_IP: LimitRule = { name: 'write-to-mp-lookup-ip', points: 20, durationSeconds: 600 };
export const LETTER_PER_IP: LimitRule = { name: 'write-to-mp-letter-ip', points: 30, durationSeconds: 600 };

export const LIMITED_MESSAGE = 'You have tried this a lot of times in a short while. Please wait a few minutes and try again.';
