export type { CheckoutRequest, CheckoutSession, Frequency, PaymentEvent, PaymentsProvider } from './types';
export { WebhookPayloadError, WebhookSignatureError } from './types';
export { createStripeProvider, checkoutParams } from './stripe-provider';
export { createSandboxProvider, sandboxWebhookSecret, sandboxCheckoutEvents, sandboxCancelEvent, type SignedEvent } from './sandbox';
export { verifyWebhook, signWebhookPayload, WEBHOOK_TOLERANCE_SECONDS } from './webhook-signature';
