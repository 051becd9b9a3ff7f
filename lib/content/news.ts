import 'server-only';
import { z } from 'zod';
import { ASKS_TAG } from './asks';
import type { EntriesApi } from './core/client';
import type { ContentTypeInfo } from './core/content-type';
import { entries, entryBySlug, mapAll, parseFields, updatedAt, type RawEntry } from './core/entries';
import {
  assetSchema,
  date,
  linkedEntryOf,
  richTextSchema,
  slug,
  SLUG_PATTERN,
  text,
  toImage,
  toLink,
  toRichText,
  type Image,
  type Link,
  type Paginated,
  type RichTextDocument,
} from './core/fields';
import { cachedRead, isPreview, readBySlug, readList, type ListRead } from './core/read';

/** News articles: /news (paged, and by tag), /news/<slug>, the RSS feed and the home page's latest news. */

export const NEWS_TAG = 'content:news';
export const NEWS_PAGE_SIZE = 10;

export const newsArticleFields = z.object({
  title: text(120),
  slug,
  summary: text(280),
  body: richTextSchema,
  publishDate: date,
  organisation: text(80),
  tags: z.array(z.string().max(40).regex(SLUG_PATTERN)).default([]),
  heroImage: assetSchema,
  heroImageAlt: text(200),
  relatedAsks: z.array(linkedEntryOf(['policyAsk'])).default([]),
  sources: z.array(text(300)).min(1),
});

// `affects`: ask pages list articles as evidence.
export const newsType = { id: 'newsArticle', tag: NEWS_TAG, fields: newsArticleFields, map: toNewsArticle, affects: ['policyAsk'], showsAssets: true } as const satisfies ContentTypeInfo;

export interface NewsArticle {
  id: string;
  title: string;
  slug: string;
  summary: string;
  body: RichTextDocument;
  publishDate: string;
  organisation: string;
  tags: string[];
  heroImage: Image;
  relatedAsks: Link[];
  sources: string[];
  updatedAt: string;
}

export type NewsSummary = Omit<NewsArticle, 'body' | 'relatedAsks' | 'sources'>;

export function toNewsArticle(entry: RawEntry): NewsArticle | null {
  const f = parseFields('newsArticle', newsArticleFields, entry);
  if (!f) return null;
  const { heroImageAlt, ...rest } = f;
  const heroImage = toImage(f.heroImage, heroImageAlt);
  return heroImage && { id: entry.sys.id, ...rest, heroImage, body: toRichText(f.body), relatedAsks: f.relatedAsks.map((ask) => toLink(ask)), updatedAt: updatedAt(entry) };
}

export function toNewsSummary(entry: RawEntry): NewsSummary | null {
  const article = toNewsArticle(entry);
  if (!article) return null;
  const { body: _body, relatedAsks: _asks, sources: _sources, ...summary } = article;
  return summary;
}

/* Uncached reads from any client (tests call these directly). Newest first; ties broken by id so pages never overlap. */

const NEWEST_FIRST = '-fields.publishDate,sys.id';

export async function fetchNewsPage(client: EntriesApi, { page, tag }: { page: number; tag?: string | undefined }): Promise<Paginated<NewsSummary>> {
  const result = await entries(client, 'newsArticle', {
    order: NEWEST_FIRST,
    limit: NEWS_PAGE_SIZE,
    skip: (page - 1) * NEWS_PAGE_SIZE,
    include: 1,
    ...(tag ? { 'fields.tags[in]': tag } : {}),
  });
  return {
    items: mapAll(result.items, toNewsSummary),
    page,
    pageCount: Math.max(1, Math.ceil(result.total / NEWS_PAGE_SIZE)),
    total: result.total,
  };
}

export async function fetchLatestNews(client: EntriesApi, count: number) {
  const { items } = await entries(client, 'newsArticle', { order: NEWEST_FIRST, limit: count, include: 1 });
  return mapAll(items, toNewsSummary);
}

export async function fetchNewsArticle(client: EntriesApi, slug: string) {
  return entryBySlug(client, 'newsArticle', slug, 2, toNewsArticle);
}

/* Cached reads: what pages call. Each asks draft mode once (core/read.ts). */

export async function getNewsPage(args: { page: number; tag?: string | undefined }): Promise<Paginated<NewsSummary>> {
  return cachedRead(await isPreview(), { name: 'newsPage', args: [args], tags: [NEWS_TAG] }, (client) => fetchNewsPage(client, args));
}

export async function getLatestNews(count: number): Promise<NewsSummary[]> {
  return cachedRead(await isPreview(), { name: 'latestNews', args: [count], tags: [NEWS_TAG] }, (client) => fetchLatestNews(client, count));
}

/** Every article's summary, newest first; also the slugs `getNewsArticle()` may find. */
export const newsList = { name: 'allNews', type: 'newsArticle', query: { order: NEWEST_FIRST, include: 1 }, map: toNewsSummary, tags: [NEWS_TAG] } satisfies ListRead<NewsSummary>;

export async function getAllNewsSummaries(): Promise<NewsSummary[]> {
  return readList(await isPreview(), newsList);
}

export async function getNewsArticle(slug: string): Promise<NewsArticle | null> {
  // Related asks' titles show on the article, so an ask change expires it too.
  return readBySlug(await isPreview(), slug, { list: newsList, tags: [NEWS_TAG, ASKS_TAG], fetch: fetchNewsArticle });
}

/** Every tag used on published news, alphabetically; derived from the cached list of summaries. */
export async function getNewsTags(): Promise<string[]> {
  const all = await getAllNewsSummaries();
  return [...new Set(all.flatMap((n) => n.tags))].sort();
}

/**
 * The articles either side of `slug` in list order (newest first, then id). Several articles
 * share a date, so neighbours come from the ordered list rather than a date comparison.
 */
export async function getNewsNeighbours(slug: string): Promise<{ older: NewsSummary | null; newer: NewsSummary | null }> {
  const all = await getAllNewsSummaries();
  const index = all.findIndex((n) => n.slug === slug);
  if (index === -1) return { older: null, newer: null };
  return { older: all[index + 1] ?? null, newer: all[index - 1] ?? null };
}
