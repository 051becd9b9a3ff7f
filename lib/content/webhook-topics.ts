/**
 * What Contentful's webhook sends: the topics the site handles and the secret header. Kept apart
 * from webhook.ts (which needs the content type modules) so test harnesses can play Contentful.
 */

/** Header Contentful is configured to send (webhook settings → Headers → secret header). */
export const WEBHOOK_SECRET_HEADER = 'x-webhook-secret';

export const WEBHOOK_TOPICS = [
  'ContentManagement.Entry.publish',
  'ContentManagement.Entry.unpublish',
  'ContentManagement.Entry.archive',
  'ContentManagement.Entry.delete',
  'ContentManagement.Asset.publish',
  'ContentManagement.Asset.unpublish',
  'ContentManagement.Asset.archive',
  'ContentManagement.Asset.delete',
] as const;
export type WebhookTopic = (typeof WEBHOOK_TOPICS)[number];

export function isWebhookTopic(topic: string | null): topic is WebhookTopic {
  return (WEBHOOK_TOPICS as readonly string[]).includes(topic ?? '');
}
