import { z } from 'zod';
import { CONTENT_TAG, entryTag, slugTag } from './core/tags';
import { ASSET_USERS, isContentType, tagsAffectedBy } from './registry';
import type { WebhookTopic } from './webhook-topics';

/**
 * Contentful webhook → cache tags. Pure, so the mapping is tested without a server; the route
 * (app/api/revalidate) does the HTTP checks and calls revalidateTag for what this returns.
 */

const payloadSchema = z.object({
  sys: z.object({
    id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    type: z.enum(['Entry', 'DeletedEntry', 'Asset', 'DeletedAsset']),
    contentType: z.object({ sys: z.object({ id: z.string() }) }).optional(),
  }),
  // Publish payloads carry localised fields; unpublish/delete "tombstones" carry sys only.
  fields: z.record(z.string(), z.unknown()).optional(),
});

export type WebhookPlan = { ok: true; entryId: string; contentType: string | null; tags: string[] } | { ok: false; reason: string };

function slugsIn(fields: Record<string, unknown> | undefined): string[] {
  const slug = fields?.slug;
  if (!slug || typeof slug !== 'object') return [];
  return Object.values(slug).filter((s): s is string => typeof s === 'string');
}

/**
 * The tags a change affects. An entry of a known type revalidates its type's tags (every list,
 * page, feed and sitemap built from that type is tagged with them) plus related types; a
 * tombstone without a content type could be anything, so it revalidates all content.
 */
export function planRevalidation(topic: WebhookTopic, body: unknown): WebhookPlan {
  const parsed = payloadSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'payload is not a Contentful entry or asset' };
  const { sys, fields } = parsed.data;
  const isAssetTopic = topic.startsWith('ContentManagement.Asset.');
  const isAssetPayload = sys.type === 'Asset' || sys.type === 'DeletedAsset';
  if (isAssetTopic !== isAssetPayload) return { ok: false, reason: `payload type ${sys.type} does not match topic` };

  const tags = new Set([entryTag(sys.id)]);
  const contentType = sys.contentType?.sys.id ?? null;
  if (isAssetTopic) {
    for (const type of ASSET_USERS) for (const tag of tagsAffectedBy(type)) tags.add(tag);
  } else if (contentType === null) {
    tags.add(CONTENT_TAG);
  } else if (isContentType(contentType)) {
    for (const tag of tagsAffectedBy(contentType)) tags.add(tag);
    for (const slug of slugsIn(fields)) tags.add(slugTag(contentType, slug));
  }
  return { ok: true, entryId: sys.id, contentType, tags: [...tags] };
}
