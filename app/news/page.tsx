import type { Metadata } from 'next';
import { getNewsPage, getNewsTags } from '@/lib/content/news';
import { NewsListing } from '@/components/news/news-listing';
import { inspectorTags } from '@/lib/content/inspector';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'News',
    description: 'News from the #FixTheCMS campaign: the legal case, research, Parliament and what parents tell us.',
    path: '/news',
  });
}

export default async function NewsPage() {
  const [result, tags] = await Promise.all([getNewsPage({ page: 1 }), getNewsTags()]);
  return <NewsListing result={result} tags={tags} fieldTags={await inspectorTags()} />;
}
