import { getDonationDeps } from '@/lib/donations/deps';
import { handleStripeWebhook } from '@/lib/donations/webhook';
import { log } from '@/lib/log.mjs';
import { readLimitedText } from '@/lib/security/request';

// Stripe's events are a few KB; its documented maximum payload is well under this.
const MAX_BODY_BYTES = 512 * 1024;

/**
 * Stripe webhook: the signature is checked against the raw body, so it is read as text, untouched,
 * and never more than MAX_BODY_BYTES of it: a chunked upload declares no length, so the cap applies
 * while streaming, before anything is buffered or verified.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await readLimitedText(request, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  try {
    const result = await handleStripeWebhook(await getDonationDeps(), body.data, request.headers.get('stripe-signature'));
    return Response.json(result.body, { status: result.status });
  } catch (error) {
    // 500 makes Stripe retry; the event was rolled back, so the retry is applied from scratch.
    log('error', 'stripe.webhook_failed', { message: (error as Error).message });
    return Response.json({ received: false, error: 'Temporary failure' }, { status: 500 });
  }
}
