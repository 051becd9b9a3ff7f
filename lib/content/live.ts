import 'server-only';
import { getClient } from './core/client';
import { ContentUnavailableError, type RawEntry } from './core/entries';
import { CONTENT_TYPES, isContentType, type ContentType } from './registry';

/**
 * Contentful Live Preview, server side (draft mode only). The editor's iframe gets the raw Preview
 * API entries it shows, because the SDK must be subscribed with Contentful's own response shape;
 * each update the editor sends back comes here to go through the same zod schema and mapper as a
 * page read, so the browser only ever patches the page with our own types.
 */

/** The space's one locale (content-models/seed: en-GB), which Live Preview reads and edits. */
export const CONTENT_LOCALE = 'en-GB';

export const LIVE_ENTRY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
/** One page tags at most this many entries (home: stats, news, asks, settings). */
export const LIVE_MAX_ENTRIES = 100;
/** Links are resolved this deep, as the page reads do (article → ask → evidence title). */
const INCLUDE_DEPTH = 2;

/**
 * A copy without reference cycles (an ask links to an article that links back to the ask): the
 * SDK resolves links into one object graph, which JSON cannot hold. A link back to an entry that
 * is already being copied becomes a plain Contentful link again, as an unresolved one would be.
 */
export function withoutCycles(value: unknown, path: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (path.has(value)) {
    const sys = (value as { sys?: { id?: unknown; type?: unknown } }).sys;
    return { sys: { type: 'Link', linkType: sys?.type === 'Asset' ? 'Asset' : 'Entry', id: sys?.id } };
  }
  path.add(value);
  const copy = Array.isArray(value)
    ? value.map((item) => withoutCycles(item, path))
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutCycles(item, path)]));
  path.delete(value);
  return copy;
}

/** The entries an editor's preview shows, as the Preview API returns them, links resolved. */
export async function liveEntries(ids: readonly string[]): Promise<unknown[]> {
  const wanted = [...new Set(ids)].filter((id) => LIVE_ENTRY_ID_PATTERN.test(id)).slice(0, LIVE_MAX_ENTRIES);
  if (wanted.length === 0) return [];
  try {
    const { items } = await getClient('preview').getEntries({ 'sys.id[in]': wanted.join(','), include: INCLUDE_DEPTH, limit: LIVE_MAX_ENTRIES });
    return items.map((item) => withoutCycles(item));
  } catch (error) {
    throw new ContentUnavailableError('Contentful preview read for live preview failed', { cause: error });
  }
}

export interface LiveValue {
  id: string;
  type: ContentType;
  /** The entry as our own type (NewsArticle, CampaignStat …), keyed by the same names as its fields. */
  value: object;
}

/**
 * An entry as the editor holds it right now, mapped to our type; null when it is not a known
 * type or does not pass the schema yet (a required field still empty): the page keeps the last
 * version that did.
 */
export function mapLiveEntry(raw: unknown): LiveValue | null {
  const entry = raw as Partial<RawEntry> | null;
  const id = entry?.sys?.id;
  const type = entry?.sys?.contentType?.sys?.id;
  if (typeof id !== 'string' || !LIVE_ENTRY_ID_PATTERN.test(id) || !isContentType(type)) return null;
  if (typeof entry?.fields !== 'object' || entry.fields === null) return null;
  const value = CONTENT_TYPES[type].map({ sys: { ...entry.sys, id }, fields: entry.fields });
  return value ? { id, type, value } : null;
}
