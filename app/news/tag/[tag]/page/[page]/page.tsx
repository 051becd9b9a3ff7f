import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getNewsPage, getNewsTags } from '@/lib/content/news';
import { NewsListing } from '@/components/news/news-listing';
import { inspectorTags } from '@/lib/content/inspector';
import { tagLabel } from '@/components/ui/tag-links';
import { newsListPath } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { decodeSegment, pageNumbersFrom, parsePageNumber } from '@/lib/seo/params';

export const dynamicParams = true;

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateStaticParams() {
  const tags = await getNewsTags();
  const perTag = await Promise.all(
    tags.map(async (tag) => pageNumbersFrom((await getNewsPage({ page: 1, tag })).pageCount).map((p) => ({ tag, ...p }))),
  );
  return perTag.flat();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params;
  const tag = decodeSegment(raw.tag) ?? '';
  const page = parsePageNumber(raw.page) ?? 1;
  return pageMetadata({
    title: `News tagged “${tagLabel(tag)}”, page ${page}`,
    description: `#FixTheCMS campaign news about ${tagLabel(tag)}, page ${page}.`,
    path: newsListPath(page, tag),
  });
}

export default async function NewsTagPageN({ params }: Props) {
  const raw = await params;
  const tag = decodeSegment(raw.tag);
  const page = parsePageNumber(raw.page);
  const tags = await getNewsTags();
  // A made-up tag or page number is a 404 before any query of its own, so it stores nothing.
  if (tag === null || page === null || !tags.includes(tag)) notFound();
  if (page === 1) permanentRedirect(newsListPath(1, tag));
  if (page > (await getNewsPage({ page: 1, tag })).pageCount) notFound();
  const result = await getNewsPage({ page, tag });
  return <NewsListing result={result} tags={tags} tag={tag} fieldTags={await inspectorTags()} />;
}
