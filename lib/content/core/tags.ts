/**
 * Cache tags shared by every content type. Each type module names its own type tag
 * (`NEWS_TAG` in news.ts …); every cached read also carries CONTENT_TAG, so one tag expires all.
 */
export const CONTENT_TAG = 'content';

export function entryTag(id: string): string {
  return `content:entry:${id}`;
}

export function slugTag(type: string, slug: string): string {
  return `content:slug:${type}:${slug}`;
}
