import type { EntriesApi } from './client';
import {
  toCampaignStat,
  toNewsArticle,
  toNewsSummary,
  toPage,
  toPolicyAsk,
  toResearchSummary,
  toSiteSettings,
  toTimelineEvent,
  type RawEntry,
} from './mappers';
import type { ContentType, NewsSummary, Paginated } from './types';

/**
 * Uncached reads from a Contentful client. Each returns our own types; queries.ts wraps them
 * with caching and the draft/live decision, tests call them directly with any client.
 */

export const NEWS_PAGE_SIZE = 10;

export class ContentUnavailableError extends Error {
  override name = 'ContentUnavailableError';
}

async function entries(client: EntriesApi, type: ContentType, query: Record<string, unknown> = {}) {
  try {
    const result = await client.getEntries({ content_type: type, ...query });
    return { ...result, items: result.items as RawEntry[] };
  } catch (error) {
    // The SDK error carries request details; keep only what helps an operator.
    const status = (error as { status?: number; response?: { status?: number } }).status ?? (error as { response?: { status?: number } }).response?.status;
    throw new ContentUnavailableError(`Contentful request for ${type} failed${status ? ` with status ${status}` : ''}`, { cause: error });
  }
}

/** The most entries Contentful returns for one request. */
export const MAX_PAGE_SIZE = 1000;

/**
 * Every entry of a type matching `query`, fetched a page at a time. Lists also decide which slugs
 * exist (queries.ts), so an entry past Contentful's per-request limit must not drop out of them.
 */
export async function allEntries(client: EntriesApi, type: ContentType, query: Record<string, unknown>, pageSize = MAX_PAGE_SIZE) {
  const items: RawEntry[] = [];
  for (;;) {
    const page = await entries(client, type, { ...query, limit: pageSize, skip: items.length });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

function mapAll<T>(items: RawEntry[], mapper: (e: RawEntry) => T | null): T[] {
  return items.map(mapper).filter((x): x is T => x !== null);
}

export async function fetchSiteSettings(client: EntriesApi) {
  const { items } = await entries(client, 'siteSettings', { limit: 1 });
  const first = items[0];
  return first ? toSiteSettings(first) : null;
}

export async function fetchNewsPage(
  client: EntriesApi,
  { page, tag }: { page: number; tag?: string | undefined },
): Promise<Paginated<NewsSummary>> {
  const result = await entries(client, 'newsArticle', {
    order: '-fields.publishDate,sys.id',
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
  const { items } = await entries(client, 'newsArticle', { order: '-fields.publishDate,sys.id', limit: count, include: 1 });
  return mapAll(items, toNewsSummary);
}

export async function fetchNewsArticle(client: EntriesApi, slug: string) {
  const { items } = await entries(client, 'newsArticle', { 'fields.slug': slug, limit: 1, include: 2 });
  const first = items[0];
  return first ? toNewsArticle(first) : null;
}

/** The articles either side of a date, for previous/next links. */
export async function fetchAdjacentNews(client: EntriesApi, publishDate: string) {
  const [older, newer] = await Promise.all([
    entries(client, 'newsArticle', { 'fields.publishDate[lt]': publishDate, order: '-fields.publishDate', limit: 1, include: 1 }),
    entries(client, 'newsArticle', { 'fields.publishDate[gt]': publishDate, order: 'fields.publishDate', limit: 1, include: 1 }),
  ]);
  return { older: mapAll(older.items, toNewsSummary)[0] ?? null, newer: mapAll(newer.items, toNewsSummary)[0] ?? null };
}

export async function fetchAllNewsSummaries(client: EntriesApi) {
  const items = await allEntries(client, 'newsArticle', { order: '-fields.publishDate,sys.id', include: 1 });
  return mapAll(items, toNewsSummary);
}

export async function fetchResearchSummaries(client: EntriesApi) {
  const items = await allEntries(client, 'researchSummary', { order: '-fields.publishedDate,sys.id', include: 1 });
  return mapAll(items, toResearchSummary);
}

export async function fetchResearchSummary(client: EntriesApi, slug: string) {
  const { items } = await entries(client, 'researchSummary', { 'fields.slug': slug, limit: 1, include: 1 });
  const first = items[0];
  return first ? toResearchSummary(first) : null;
}

export async function fetchPolicyAsks(client: EntriesApi) {
  const items = await allEntries(client, 'policyAsk', { order: 'fields.order,sys.id', include: 1 });
  return mapAll(items, toPolicyAsk);
}

export async function fetchPolicyAsk(client: EntriesApi, slug: string) {
  const { items } = await entries(client, 'policyAsk', { 'fields.slug': slug, limit: 1, include: 1 });
  const first = items[0];
  return first ? toPolicyAsk(first) : null;
}

export async function fetchCampaignStats(client: EntriesApi) {
  const items = await allEntries(client, 'campaignStat', { order: 'fields.order,sys.id' });
  return mapAll(items, toCampaignStat);
}

export async function fetchTimelineEvents(client: EntriesApi) {
  const items = await allEntries(client, 'timelineEvent', { order: 'fields.date,sys.id' });
  return mapAll(items, toTimelineEvent);
}

export async function fetchPage(client: EntriesApi, slug: string) {
  const { items } = await entries(client, 'page', { 'fields.slug': slug, limit: 1, include: 1 });
  const first = items[0];
  return first ? toPage(first) : null;
}

export async function fetchPages(client: EntriesApi) {
  const items = await allEntries(client, 'page', { order: 'fields.slug', include: 1 });
  return mapAll(items, toPage);
}
