import 'server-only';
import { unstable_cache } from 'next/cache';
import { draftMode } from 'next/headers';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { getClient, type EntriesApi } from './client';
import { ContentUnavailableError, fetchList, type RawEntry } from './entries';
import { SLUG_MAX, SLUG_PATTERN } from './fields';
import { CONTENT_TAG, slugTag } from './tags';

/**
 * The one way pages read content. Each public read (`getNewsArticle()` in news.ts …) asks
 * `isPreview()` once and passes the answer to `cachedRead()`: in draft mode the read goes uncached
 * to the Preview API; otherwise it reads the Delivery API inside the data cache, tagged so the
 * publish webhook can expire it.
 */
export async function isPreview(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled;
  } catch {
    // Outside a request (build-time helpers, scripts) there is no draft mode.
    return false;
  }
}

/**
 * The last answer each live read got from Contentful in this process. When Contentful fails
 * (a publish webhook expired the cache and the refetch hits an outage), readers get this instead
 * of an error page, and the page is marked to rebuild soon so it does not stay behind.
 */
const lastGood = new Map<string, unknown>();
export const FALLBACK_RETRY_SECONDS = 60;

async function rebuildSoon(key: string) {
  // A page's ISR lifetime is the shortest `revalidate` of the cached reads in it.
  await unstable_cache(async () => true, ['content-fallback', key], { revalidate: FALLBACK_RETRY_SECONDS })();
}

/**
 * Part of every cache key. Cached reads survive rebuilds (.next/cache), so bump this whenever a
 * mapper's output shape changes, or a new build would be served entries in the old shape.
 */
const CACHE_SHAPE_VERSION = 'v2';

export interface ReadKey {
  /** Names the read in cache keys and logs. */
  name: string;
  /** The read's arguments: part of its cache key. */
  args: unknown[];
  /** Type and slug tags whose expiry must refetch this read (CONTENT_TAG is added). */
  tags: string[];
}

export async function cachedRead<R>(preview: boolean, { name, args, tags }: ReadKey, read: (client: EntriesApi) => Promise<R>): Promise<R> {
  if (preview) return read(getClient('preview'));
  const key = JSON.stringify([name, args]);
  const cached = unstable_cache(() => read(getClient('delivery')), ['content', CACHE_SHAPE_VERSION, name, JSON.stringify(args)], {
    tags: [CONTENT_TAG, ...tags],
    revalidate: env.CONTENT_REVALIDATE_SECONDS,
  });
  try {
    const value = await cached();
    lastGood.set(key, value);
    return value;
  } catch (error) {
    if (!(error instanceof ContentUnavailableError) || !lastGood.has(key)) throw error;
    log('warn', 'content.served_last_good', { query: name, error: error.message });
    await rebuildSoon(key);
    return lastGood.get(key) as R;
  }
}

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
}

/**
 * Whether a slug lookup should go ahead. Anything that cannot be a slug stops before any cache or
 * API call, and so does a well-formed slug that is not in the type's cached list of published
 * entries. Made-up paths (scanners, or a flood of random URLs) then cost no Contentful request,
 * which would spend the API's rate limit, and never become cache keys, tags or fallback copies of
 * their own. Publishing expires the type's tag, so the list learns a new slug as soon as the
 * entry itself could be read. In preview the list is skipped: drafts are not in it.
 */
export async function mayExist(preview: boolean, slug: string, published: () => Promise<readonly { slug: string }[]>): Promise<boolean> {
  if (preview) return true;
  return (await published()).some((entry) => entry.slug === slug);
}

/** A type's list: every entry of `type` (published ones outside draft mode), in `query`'s order. */
export interface ListRead<T> {
  /** Names the read in cache keys and logs. */
  name: string;
  /** The Contentful content type id. */
  type: string;
  /** The request's order and link depth (`allEntries()` pages through it). */
  query: Record<string, unknown>;
  map: (entry: RawEntry) => T | null;
  /** The type's tag (CONTENT_TAG is added). */
  tags: string[];
}

/** A type's list through `cachedRead()`; the same cached read tells `readBySlug()` which slugs exist. */
export function readList<T>(preview: boolean, list: ListRead<T>): Promise<T[]> {
  return cachedRead(preview, { name: list.name, args: [], tags: list.tags }, (client) => fetchList(client, list));
}

export interface BySlugRead<R> {
  /** The type's list of published entries, for `mayExist()`; its `type` names the read and its slug tag. */
  list: ListRead<{ slug: string }>;
  /** The type's tag, then the tags of types whose fields the entry shows (CONTENT_TAG and the slug tag are added). */
  tags: string[];
  fetch: (client: EntriesApi, slug: string) => Promise<R | null>;
}

/**
 * The read behind every page by slug (`getNewsArticle()` …): a slug that cannot exist stops at
 * `mayExist()`; otherwise `fetch` runs through `cachedRead()`, tagged with the type's tags and
 * the slug's own, so publishing that entry expires exactly its page.
 */
export async function readBySlug<R>(preview: boolean, slug: string, { list, tags, fetch }: BySlugRead<R>): Promise<R | null> {
  if (!isSlug(slug)) return null;
  if (!(await mayExist(preview, slug, () => readList(false, list)))) return null;
  return cachedRead(preview, { name: list.type, args: [slug], tags: [...tags, slugTag(list.type, slug)] }, (client) => fetch(client, slug));
}
