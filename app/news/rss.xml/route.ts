import { getAllNewsSummaries } from '@/lib/content/news';
import { pathFor } from '@/lib/content/paths';
import { getSiteSettings } from '@/lib/content/site-settings';
import { absoluteUrl } from '@/lib/seo/metadata';
import { renderRss } from '@/lib/seo/rss';

export const dynamic = 'force-static';

export async function GET() {
  const [items, settings] = await Promise.all([getAllNewsSummaries(), getSiteSettings()]);
  const xml = renderRss({
    title: `${settings.campaignName} news`,
    description: settings.strapline,
    siteUrl: absoluteUrl('/news'),
    feedUrl: absoluteUrl('/news/rss.xml'),
    items: items.slice(0, 50),
    itemUrl: (item) => absoluteUrl(pathFor('newsArticle', item.slug)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
