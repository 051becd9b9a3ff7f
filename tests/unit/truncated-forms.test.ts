import { describe, expect, it } from 'vitest';
import { TRUNCATED_FIELD } from '@/lib/security/body-limit.mjs';
import { handleSignup } from '@/lib/newsletter/service';
import type { NewsletterDeps } from '@/lib/newsletter/service';
import { TRUNCATED_MESSAGE } from '@/lib/security/request';
import { signupForm } from '../support/newsletter';

describe('a form the server cut at the body limit', () => {
  it('answers with the values that fitted and a message, and stores nothing', async () => {
    const form = signupForm({ email: 'kept@example.org', firstName: 'Sam' });
    form.set(TRUNCATED_FIELD, '1');
    const untouchable = new Proxy({}, { get: () => { throw new Error('nothing may be stored'); } }) as NewsletterDeps;
    const state = await handleSignup(form, { ip: '198.51.100.1', userAgent: null }, untouchable);
    expect(state).toMatchObject({ status: 'retry', message: TRUNCATED_MESSAGE, values: { email: 'kept@example.org', firstName: 'Sam' } });
  });
});
