import { getDonationDeps, handleStripeWebhook } from '@/lib/donations';
import { log } from '@/lib/log.mjs';

const MAX_BODY_BYTES = 512 * 1024;

/** Stripe webhook: the signature is checked against the raw body, so it is read as text, untouched. */
export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return Response.json({ received: false, error: 'Payload too large' }, { status: 413 });
  }
  const rawBody = await request.text();
  try {
    const result = await handleStripeWebhook(await getDonationDeps(), rawBody, request.headers.get('stripe-signature'));
    return Response.json(result.body, { status: result.status });
  } catch (error) {
    // 500 makes Stripe retry; the event was rolled back, so the retry is applied from scratch.
    log('error', 'stripe.webhook_failed', { message: (error as Error).message });
    return Response.json({ received: false, error: 'Temporary failure' }, { status: 500 });
  }
}
