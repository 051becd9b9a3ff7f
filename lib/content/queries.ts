import 'server-only';
import { unstable_cache } from 'next/cache';
import { draftMode } from 'next/headers';
import { env } from '@/lib/env';
import { getClient, type EntriesApi } from './client';
import * as fetchers from './fetchers';
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

function query<A extends unknown[], R>(
  name: string,
  read: (client: EntriesApi, ...args: A) => Promise<R>,
  tags: (...args: A) => string[],
) {
  return async (...args: A): Promise<R> => {
    if (await isPreview()) return read(getClient('preview'), ...args);
    const cached = unstable_cache(() => read(getClient('delivery'), ...args), ['content', name, JSON.stringify(args)], {
      tags: [CONTENT_TAG, ...tags(...args)],
      revalidate: env.CONTENT_REVALIDATE_SECONDS,
    });
    return cached();
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

export const getNewsPage = query('newsPage', fetchers.fetchNewsPage, () => [TYPE_TAGS.newsArticle]);
export const getLatestNews = query('latestNews', fetchers.fetchLatestNews, () => [TYPE_TAGS.newsArticle]);
export const getNewsArticle = query('newsArticle', fetchers.fetchNewsArticle, (slug) => [
  TYPE_TAGS.newsArticle,
  TYPE_TAGS.policyAsk,
  slugTag('newsArticle', slug),
]);
export const getAdjacentNews = query('adjacentNews', fetchers.fetchAdjacentNews, () => [TYPE_TAGS.newsArticle]);
export const getAllNewsSummaries = query('allNews', fetchers.fetchAllNewsSummaries, () => [TYPE_TAGS.newsArticle]);
export const getResearchSummaries = query('research', fetchers.fetchResearchSummaries, () => [TYPE_TAGS.researchSummary]);
export const getResearchSummary = query('researchSummary', fetchers.fetchResearchSummary, (slug) => [
  TYPE_TAGS.researchSummary,
  slugTag('researchSummary', slug),
]);
export const getPolicyAsks = query('asks', fetchers.fetchPolicyAsks, () => [TYPE_TAGS.policyAsk]);
export const getPolicyAsk = query('policyAsk', fetchers.fetchPolicyAsk, (slug) => [
  TYPE_TAGS.policyAsk,
  TYPE_TAGS.newsArticle,
  TYPE_TAGS.researchSummary,
  slugTag('policyAsk', slug),
]);
export const getCampaignStats = query('stats', fetchers.fetchCampaignStats, () => [TYPE_TAGS.campaignStat]);
export const getTimelineEvents = query('timeline', fetchers.fetchTimelineEvents, () => [TYPE_TAGS.timelineEvent]);
export const getPage = query('page', fetchers.fetchPage, (slug) => [TYPE_TAGS.page, slugTag('page', slug)]);
export const getPages = query('pages', fetchers.fetchPages, () => [TYPE_TAGS.page]);

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
