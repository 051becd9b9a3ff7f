import { notFound } from 'next/navigation';
import { getAllNewsSummaries, getNewsArticle } from '@/lib/content/news';
import { getSiteSettings } from '@/lib/content/site-settings';
import { formatDate } from '@/components/ui/formatted-date';
import { OG_SIZE, ogCard } from '@/components/og/og-card';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Share card showing the article title';
// Drawn once per article at build, like the page itself; later articles are drawn on first request.
export const dynamic = 'force-static';
export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getAllNewsSummaries()).map((n) => ({ slug: n.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = await getNewsArticle((await params).slug);
  // A made-up slug gets no card: drawing one would store a ~50 KB image per invented URL.
  if (!article) notFound();
  const settings = await getSiteSettings();
  return ogCard({ kicker: `${settings.campaignName} · News`, title: article.title, footer: formatDate(article.publishDate) });
}
