import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getNewsPage, getNewsTags } from '@/lib/content/news';
import { NewsListing } from '@/components/news/news-listing';
import { inspectorTags } from '@/lib/content/inspector';
import { tagLabel } from '@/components/ui/tag-links';
import { newsListPath } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { decodeSegment } from '@/lib/seo/params';

export const dynamicParams = true;

type Props = { params: Promise<{ tag: string }> };

export async function generateStaticParams() {
  return (await getNewsTags()).map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = decodeSegment((await params).tag) ?? '';
  return pageMetadata({
    title: `News tagged “${tagLabel(tag)}”`,
    description: `#FixTheCMS campaign news about ${tagLabel(tag)}.`,
    path: newsListPath(1, tag),
  });
}

export default async function NewsTagPage({ params }: Props) {
  const tag = decodeSegment((await params).tag);
  const tags = await getNewsTags();
  // Checked against the cached tag list first: a made-up tag costs no query or cache entry of its own.
  if (tag === null || !tags.includes(tag)) notFound();
  const result = await getNewsPage({ page: 1, tag });
  return <NewsListing result={result} tags={tags} tag={tag} fieldTags={await inspectorTags()} />;
}
