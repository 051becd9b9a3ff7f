import type { MetadataRoute } from 'next';
import { getAllNewsSummaries, getNewsPage, getNewsTags } from '@/lib/content/news';
import { getPages } from '@/lib/content/pages';
import { getPolicyAsks } from '@/lib/content/asks';
import { newsListPath, pathFor } from '@/lib/content/paths';
import { getResearchSummaries } from '@/lib/content/research';
import { getTimelineEvents } from '@/lib/content/timeline';
import { getWriteToMpActions } from '@/lib/content/write-to-mp';
import { absoluteUrl } from '@/lib/seo/metadata';

/** Routes owned by other features, listed here so the sitemap covers every public page. */
const FEATURE_PATHS = ['/donate'];

function latest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((max, d) => (!max || d > max ? d : max), undefined);
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [news, research, asks, pages, events, firstPage, tags, actions] = await Promise.all([
    getAllNewsSummaries(),
    getResearchSummaries(),
    getPolicyAsks(),
    getPages(),
    getTimelineEvents(),
    getNewsPage({ page: 1 }),
    getNewsTags(),
    getWriteToMpActions(),
  ]);
  const newsUpdated = latest(news.map((n) => n.updatedAt));
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] =>
    lastModified ? { url: absoluteUrl(path), lastModified } : { url: absoluteUrl(path) };

  const listPages = Array.from({ length: firstPage.pageCount }, (_, i) => entry(newsListPath(i + 1), newsUpdated));
  return [
    entry('/', latest([newsUpdated ?? '', ...asks.map((a) => a.updatedAt)].filter(Boolean))),
    ...listPages,
    ...tags.map((tag) => entry(newsListPath(1, tag), newsUpdated)),
    ...news.map((n) => entry(pathFor('newsArticle', n.slug), n.updatedAt)),
    entry('/research', latest(research.map((r) => r.updatedAt))),
    ...research.map((r) => entry(pathFor('researchSummary', r.slug), r.updatedAt)),
    entry('/asks', latest(asks.map((a) => a.updatedAt))),
    ...asks.map((a) => entry(pathFor('policyAsk', a.slug), a.updatedAt)),
    entry('/timeline', latest(events.map((e) => e.date))),
    entry('/act', latest(actions.map((a) => a.updatedAt))),
    ...actions.map((a) => entry(pathFor('writeToMp', a.slug), a.updatedAt)),
    ...pages.map((p) => entry(pathFor('page', p.slug), p.updatedAt)),
    ...FEATURE_PATHS.filter((path) => !pages.some((p) => pathFor('page', p.slug) === path)).map((path) => entry(path)),
  ];
}
