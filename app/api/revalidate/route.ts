import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { purgeCdnTags } from '@/lib/cdn';
import { isWebhookTopic, WEBHOOK_SECRET_HEADER } from '@/lib/content/webhook-topics';
import { planRevalidation } from '@/lib/content/webhook';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { safeEqual } from '@/lib/security/compare';
import { readLimitedText } from '@/lib/security/request';

const MAX_BODY_BYTES = 1024 * 1024;
const JSON_TYPES = new Set(['application/vnd.contentful.management.v1+json', 'application/json']);

function reply(status: number, body: Record<string, unknown>) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Contentful publish webhooks. Checks run cheapest-first and the secret before anything else;
 * every refusal is a 4xx that revalidates nothing. Revalidating is idempotent, so Contentful's
 * retries and duplicate deliveries are harmless.
 */
export async function POST(request: Request) {
  if (!safeEqual(request.headers.get(WEBHOOK_SECRET_HEADER), env.CONTENTFUL_WEBHOOK_SECRET)) {
    return reply(401, { error: 'unauthorised' });
  }
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!JSON_TYPES.has(mediaType)) return reply(415, { error: 'expected a Contentful JSON payload' });
  const topic = request.headers.get('x-contentful-topic');
  if (!isWebhookTopic(topic)) return reply(400, { error: 'unhandled topic' });

  const text = await readLimitedText(request, MAX_BODY_BYTES);
  if (!text.ok) return text.response;
  let body: unknown;
  try {
    body = JSON.parse(text.data);
  } catch {
    return reply(400, { error: 'malformed JSON' });
  }
  const plan = planRevalidation(topic, body);
  if (!plan.ok) return reply(422, { error: plan.reason });

  for (const tag of plan.tags) revalidateTag(tag, { expire: 0 });
  log('info', 'content.revalidated', { topic, entryId: plan.entryId, contentType: plan.contentType, tags: plan.tags });
  // Next applies the revalidations as this handler returns; the CDN is purged after the response,
  // so a CDN refetching at once gets the new page. Nothing is called without a CDN configured.
  after(() => purgeCdnTags(plan.tags));
  return reply(200, { revalidated: plan.tags });
}
