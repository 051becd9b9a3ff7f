import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getNewsPage, getNewsTags } from '@/lib/content/news';
import { NewsListing } from '@/components/news/news-listing';
import { inspectorTags } from '@/lib/content/inspector';
import { newsListPath } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { pageNumbersFrom, parsePageNumber } from '@/lib/seo/params';

export const dynamicParams = true;

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  const { pageCount } = await getNewsPage({ page: 1 });
  return pageNumbersFrom(pageCount);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page) ?? 1;
  return pageMetadata({
    title: `News, page ${page}`,
    description: `Older news from the #FixTheCMS campaign, page ${page}.`,
    path: newsListPath(page),
  });
}

export default async function NewsPageN({ params }: Props) {
  const page = parsePageNumber((await params).page);
  if (page === null) notFound();
  if (page === 1) permanentRedirect('/news');
  // Page 1 (cached for /news) gives the count, so a page past the end is a 404 before its own query.
  if (page > (await getNewsPage({ page: 1 })).pageCount) notFound();
  const [result, tags] = await Promise.all([getNewsPage({ page }), getNewsTags()]);
  return <NewsListing result={result} tags={tags} fieldTags={await inspectorTags()} />;
}
