import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as revalidate } from '@/app/api/revalidate/route';
import { POST as stripeWebhook } from '@/app/api/stripe/webhook/route';
import type { Db } from '@/lib/db';
import { handleStripeWebhook } from '@/lib/donations/webhook';
import { env } from '@/lib/env';
import { createSandboxProvider, createStripeProvider, sandboxWebhookSecret, signWebhookPayload } from '@/lib/payments';
import { WEBHOOK_SECRET_HEADER } from '@/lib/content/webhook-topics';
import { memoryMailer, TEST_WEBHOOK_SECRET, testDeps } from '../support/donations';
import { openTestPostgres } from '../support/db';

const PUBLISH_SECRET = vi.hoisted(() => (process.env.CONTENTFUL_WEBHOOK_SECRET = 'test-publish-secret-0123456789abcdef'));

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ db, cleanup } = await openTestPostgres());
});
afterAll(() => cleanup());

/** A chunked body with no Content-Length that never ends by itself; counts what was pulled from it. */
function endlessBody(chunkBytes = 64 * 1024) {
  const state = { pulled: 0 };
  const chunk = new Uint8Array(chunkBytes).fill(120);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += chunk.byteLength;
      if (state.pulled > 256 * 1024 * 1024) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return { stream, state };
}

function post(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request(url, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('bodies are capped while streaming, before anything is buffered', () => {
  it('the Stripe webhook answers 413 to a chunked body after reading about its cap, not the whole upload', async () => {
    const { stream, state } = endlessBody();
    const response = await stripeWebhook(post('http://localhost/api/stripe/webhook', stream, { 'stripe-signature': 't=1,v1=x' }));
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThan(1024 * 1024);
  });

  it('the publish webhook does the same', async () => {
    const { stream, state } = endlessBody();
    const headers = { [WEBHOOK_SECRET_HEADER]: PUBLISH_SECRET, 'content-type': 'application/json', 'x-contentful-topic': 'ContentManagement.Entry.publish' };
    const response = await revalidate(post('http://localhost/api/revalidate', stream, headers));
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('a correctly signed event we cannot read', () => {
  it('is recorded for inspection and acknowledged, so Stripe does not retry it for three days', async () => {
    const payments = createStripeProvider({ secretKey: 'sk_test_unused', webhookSecret: TEST_WEBHOOK_SECRET, apiUrl: 'http://127.0.0.1:9' });
    const id = `evt_odd_${Date.now()}`;
    // invoice.paid without status_transitions (a shape our mapper does not expect).
    const payload = JSON.stringify({ id, object: 'event', created: Math.floor(Date.now() / 1000), type: 'invoice.paid', data: { object: { id: 'in_1' } } });
    const response = await handleStripeWebhook(testDeps(db, payments, memoryMailer()), payload, signWebhookPayload(payload, TEST_WEBHOOK_SECRET));
    expect(response).toEqual({ status: 200, body: { received: true, result: 'unreadable' } });
    const { rows } = await db.query<{ type: string }>('SELECT type FROM stripe_events WHERE id = $1', [id]);
    expect(rows).toEqual([{ type: 'unreadable:invoice.paid' }]);
  });
});

describe('the sandbox signing secret', () => {
  it('is random per process, not derived from HASH_SALT or anything else public', async () => {
    const secret = sandboxWebhookSecret();
    expect(secret).toMatch(/^whsec_sandbox_[0-9a-f]{64}$/);
    expect(sandboxWebhookSecret()).toBe(secret);
    const { createHmac } = await import('node:crypto');
    expect(secret).not.toContain(createHmac('sha256', env.HASH_SALT).update('stripe-sandbox-webhook').digest('hex'));
    const payload = JSON.stringify({ id: 'evt_x', object: 'event', created: Math.floor(Date.now() / 1000), type: 'ping', data: { object: {} } });
    const forged = createSandboxProvider({ webhookSecret: secret });
    expect(() => forged.parseWebhook(payload, signWebhookPayload(payload, `whsec_sandbox_${createHmac('sha256', env.HASH_SALT).update('stripe-sandbox-webhook').digest('hex')}`))).toThrow();
  });
});
