import { getNewsArticle, getSiteSettings } from '@/lib/content';
import { formatDate } from '@/components/ui/formatted-date';
import { OG_SIZE, ogCard } from '@/components/og/og-card';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Share card showing the article title';

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const [article, settings] = await Promise.all([getNewsArticle((await params).slug), getSiteSettings()]);
  return ogCard({
    kicker: `${settings.campaignName} · News`,
    title: article?.title ?? settings.campaignName,
    footer: article ? formatDate(article.publishDate) : settings.strapline,
  });
}
