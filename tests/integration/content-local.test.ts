import { describe, expect, it } from 'vitest';
import { localClient } from '../support/content-client';
import { NEWS_PAGE_SIZE, fetchNewsArticle, fetchNewsPage } from '@/lib/content/news';
import { fetchList } from '@/lib/content/core/entries';
import { statsList } from '@/lib/content/stats';
import { fetchPage, pagesList } from '@/lib/content/pages';
import { asksList } from '@/lib/content/asks';
import { researchList } from '@/lib/content/research';
import { fetchSiteSettings } from '@/lib/content/site-settings';
import { timelineList } from '@/lib/content/timeline';
import { changedEntries, draftNews, field, publishedNewsBySlug, publishedOfType, snapshots } from '../support/seed';

const delivery = localClient('delivery');
const preview = localClient('preview');

describe('local adapter through the real SDK', () => {
  const news = publishedNewsBySlug();

  it('pages through published news newest first', async () => {
    const first = await fetchNewsPage(delivery, { page: 1 });
    expect(first.total).toBe(news.length);
    expect(first.items.map((n) => n.slug)).toEqual(news.slice(0, NEWS_PAGE_SIZE).map((n) => n.slug));
    expect(first.pageCount).toBe(Math.ceil(news.length / NEWS_PAGE_SIZE));
    const second = await fetchNewsPage(delivery, { page: 2 });
    expect(second.items.map((n) => n.slug)).toEqual(news.slice(NEWS_PAGE_SIZE, 2 * NEWS_PAGE_SIZE).map((n) => n.slug));
  });

  it('filters news by tag', async () => {
    const tag = news[0]!.tags[0]!;
    const page = await fetchNewsPage(delivery, { page: 1, tag });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.map((n) => n.slug)).toEqual(news.filter((n) => n.tags.includes(tag)).slice(0, 10).map((n) => n.slug));
  });

  it('looks an article up by slug and resolves its links to our own types', async () => {
    const withAsks = publishedOfType('newsArticle').find((e) => (field<unknown[]>(e, 'relatedAsks') ?? []).length > 0)!;
    const article = await fetchNewsArticle(delivery, field(withAsks, 'slug'));
    expect(article).not.toBeNull();
    expect(article!.heroImage.url).toMatch(/^\/seed-assets\/.+\.(webp|jpg|png|avif)$/);
    expect(article!.heroImage.alt.length).toBeGreaterThan(0);
    expect(article!.relatedAsks.length).toBeGreaterThan(0);
    expect(article!.relatedAsks[0]!.href).toMatch(/^\/asks\/[a-z0-9-]+$/);
    expect(article!.body.nodeType).toBe('document');
  });

  it('returns null for an unknown slug', async () => {
    expect(await fetchNewsArticle(delivery, 'no-such-article')).toBeNull();
    expect(await fetchPage(delivery, 'no-such-page')).toBeNull();
  });

  it('resolves evidence links two levels deep on asks', async () => {
    const asks = await fetchList(delivery, asksList);
    expect(asks.length).toBe(publishedOfType('policyAsk').length);
    expect(asks.map((a) => a.order)).toEqual([...asks.map((a) => a.order)].sort((a, b) => a - b));
    expect(asks.some((a) => a.evidence.some((e) => e.kind === 'research'))).toBe(true);
  });

  it('hides drafts from the Delivery API and shows them in the Preview API', async () => {
    const draft = draftNews()[0]!;
    expect(await fetchNewsArticle(delivery, field(draft, 'slug'))).toBeNull();
    expect((await fetchNewsArticle(preview, field(draft, 'slug')))?.title).toBe(field(draft, 'title'));
  });

  it('serves the published version of a changed entry live and the latest in preview', async () => {
    const changed = changedEntries().find((e) => e.sys.contentType.sys.id === 'newsArticle')!;
    const slug = field(changed, 'slug');
    expect((await fetchNewsArticle(delivery, slug))?.title).toBe(snapshots[changed.sys.id]!.fields.title!['en-GB']);
    expect((await fetchNewsArticle(preview, slug))?.title).toBe(field(changed, 'title'));
  });

  it('reads every other content type', async () => {
    expect((await fetchList(delivery, statsList)).length).toBe(publishedOfType('campaignStat').length);
    const events = await fetchList(delivery, timelineList);
    expect(events.length).toBe(publishedOfType('timelineEvent').length);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect((await fetchList(delivery, researchList)).length).toBe(publishedOfType('researchSummary').length);
    expect((await fetchList(delivery, pagesList)).map((p) => p.slug)).toContain('cover-your-tracks');
    expect((await fetchSiteSettings(delivery))?.exitDestinationUrl).toMatch(/^https:\/\//);
  });
});
