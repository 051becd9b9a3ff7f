import type { ContentType } from './types';

/**
 * Cache tags, one per content type plus one per entry. Every query is tagged with its
 * type; the webhook handler maps a changed entry to the tags below and revalidates them.
 */
export const CONTENT_TAG = 'content';

export const TYPE_TAGS: Record<ContentType, string> = {
  newsArticle: 'content:news',
  researchSummary: 'content:research',
  policyAsk: 'content:asks',
  campaignStat: 'content:stats',
  timelineEvent: 'content:timeline',
  page: 'content:pages',
  siteSettings: 'content:settings',
};

export function isContentType(value: string | null | undefined): value is ContentType {
  return !!value && Object.hasOwn(TYPE_TAGS, value);
}

export function entryTag(id: string): string {
  return `content:entry:${id}`;
}

export function slugTag(type: ContentType, slug: string): string {
  return `content:slug:${type}:${slug}`;
}

/**
 * Which type tags a change to `type` affects. News and research titles appear as evidence on
 * asks, and ask titles appear on articles, so those pairs invalidate each other.
 */
export function tagsAffectedBy(type: ContentType): string[] {
  const related: Partial<Record<ContentType, ContentType[]>> = {
    newsArticle: ['policyAsk'],
    researchSummary: ['policyAsk'],
    policyAsk: ['newsArticle'],
  };
  return [TYPE_TAGS[type], ...(related[type] ?? []).map((t) => TYPE_TAGS[t])];
}
