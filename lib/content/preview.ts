import 'server-only';
import { getClient } from './core/client';
import { ContentUnavailableError } from './core/entries';
import { isSlug } from './core/read';
import { pathFor } from './paths';
import { shownOn as shownOnPage, type ContentType } from './registry';

const ENTRY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Where the draft route sends an editor: the entry's public path as the Preview API sees it (so
 * drafts and unpublished changes are found), or null when there is no such entry. The path is
 * built from the entry itself, never from the request, so the redirect cannot leave the site.
 * Routable types are found by slug; the others (stats, timeline events, settings) by entry id.
 */
export async function previewPathFor(type: ContentType, key: { slug?: string | null; id?: string | null }): Promise<string | null> {
  const shownOn = shownOnPage(type);
  let query: Record<string, unknown>;
  if (shownOn) {
    if (!key.id || !ENTRY_ID_PATTERN.test(key.id)) return null;
    query = { content_type: type, 'sys.id': key.id, limit: 1, select: 'sys.id' };
  } else {
    if (!isSlug(key.slug)) return null;
    query = { content_type: type, 'fields.slug': key.slug, limit: 1, select: 'sys.id,fields.slug' };
  }
  let items: unknown[];
  try {
    ({ items } = await getClient('preview').getEntries(query));
  } catch (error) {
    throw new ContentUnavailableError(`Contentful preview lookup for ${type} failed`, { cause: error });
  }
  const entry = items[0] as { fields?: { slug?: unknown } } | undefined;
  if (!entry) return null;
  if (shownOn) return shownOn;
  const slug = entry.fields?.slug;
  return isSlug(slug) ? pathFor(type, slug) : null;
}
