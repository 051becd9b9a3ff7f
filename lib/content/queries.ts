import 'server-only';
import { unstable_cache } from 'next/cache';
import { draftMode } from 'next/headers';
import { env } from '@/lib/env';
import { getClient, type EntriesApi } from './client';
import { log } from '@/lib/log';
import * as fetchers from './fetchers';
import { ContentUnavailableError } from './fetchers';
import { SLUG_PATTERN } from './schemas';
import { CONTENT_TAG, TYPE_TAGS, slugTag } from './tags';
import type { NewsSummary, SiteSettings } from './types';

/**
 * The only door from pages to content. Draft or live is decided here, once: in draft mode
 * every read goes uncached to the Preview API; otherwise reads are cached under type tags
 * that the publish webhook revalidates.
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
 * The last answer each live query got from Contentful in this process. When Contentful fails
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
const CACHE_SHAPE_VERSION = 'v1';

function query<A extends unknown[], R>(
  name: string,
  read: (client: EntriesApi, ...args: A) => Promise<R>,
  tags: (...args: A) => string[],
) {
  return async (...args: A): Promise<R> => {
    if (await isPreview()) return read(getClient('preview'), ...args);
    const key = JSON.stringify([name, args]);
    const cached = unstable_cache(() => read(getClient('delivery'), ...args), ['content', CACHE_SHAPE_VERSION, name, JSON.stringify(args)], {
      tags: [CONTENT_TAG, ...tags(...args)],
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
  };
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  campaignName: '#FixTheCMS',
  strapline: 'Children are owed maintenance. The Child Maintenance Service must collect it.',
  exitDestinationUrl: 'https://www.bbc.co.uk/weather',
  footerText: 'This site supports the #FixTheCMS campaign. It is not a government website.',
  donateIntro: 'Gifts fund research, support for the legal case and the running of this site.',
};

const readSettings = query('siteSettings', fetchers.fetchSiteSettings, () => [TYPE_TAGS.siteSettings]);

/** Site settings never fail the shell: a missing or invalid entry falls back to safe defaults. */
export async function getSiteSettings(): Promise<SiteSettings> {
  try {
    return (await readSettings()) ?? DEFAULT_SITE_SETTINGS;
  } catch {
    return DEFAULT_SITE_SETTINGS;
  }
}

/**
 * Slug lookups answer null for anything that cannot be a slug, before any cache or API call, and
 * for a well-formed slug that is not in the type's cached list of published entries. Made-up paths
 * (scanners, or a flood of random URLs) then cost no Contentful request, which would spend the
 * API's rate limit, and never become cache keys, tags or fallback copies of their own. Publishing
 * expires the type's tag, so the list learns a new slug as soon as the entry itself could be read.
 * In preview the list is skipped: drafts are not in it.
 */
function bySlug<R>(read: (slug: string) => Promise<R | null>, published: () => Promise<readonly { slug: string }[]>) {
  return async (slug: string): Promise<R | null> => {
    if (!SLUG_PATTERN.test(slug) || slug.length > 80) return null;
    if (!(await isPreview()) && !(await published()).some((entry) => entry.slug === slug)) return null;
    return read(slug);
  };
}

export const getNewsPage = query('newsPage', fetchers.fetchNewsPage, () => [TYPE_TAGS.newsArticle]);
export const getLatestNews = query('latestNews', fetchers.fetchLatestNews, () => [TYPE_TAGS.newsArticle]);
export const getAdjacentNews = query('adjacentNews', fetchers.fetchAdjacentNews, () => [TYPE_TAGS.newsArticle]);
export const getAllNewsSummaries = query('allNews', fetchers.fetchAllNewsSummaries, () => [TYPE_TAGS.newsArticle]);
export const getResearchSummaries = query('research', fetchers.fetchResearchSummaries, () => [TYPE_TAGS.researchSummary]);
export const getPolicyAsks = query('asks', fetchers.fetchPolicyAsks, () => [TYPE_TAGS.policyAsk]);
export const getCampaignStats = query('stats', fetchers.fetchCampaignStats, () => [TYPE_TAGS.campaignStat]);
export const getTimelineEvents = query('timeline', fetchers.fetchTimelineEvents, () => [TYPE_TAGS.timelineEvent]);
export const getPages = query('pages', fetchers.fetchPages, () => [TYPE_TAGS.page]);

export const getNewsArticle = bySlug(
  query('newsArticle', fetchers.fetchNewsArticle, (slug) => [TYPE_TAGS.newsArticle, TYPE_TAGS.policyAsk, slugTag('newsArticle', slug)]),
  getAllNewsSummaries,
);
export const getResearchSummary = bySlug(
  query('researchSummary', fetchers.fetchResearchSummary, (slug) => [TYPE_TAGS.researchSummary, slugTag('researchSummary', slug)]),
  getResearchSummaries,
);
export const getPolicyAsk = bySlug(
  query('policyAsk', fetchers.fetchPolicyAsk, (slug) => [
    TYPE_TAGS.policyAsk,
    TYPE_TAGS.newsArticle,
    TYPE_TAGS.researchSummary,
    slugTag('policyAsk', slug),
  ]),
  getPolicyAsks,
);
export const getPage = bySlug(query('page', fetchers.fetchPage, (slug) => [TYPE_TAGS.page, slugTag('page', slug)]), getPages);

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
