import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPage, getPages, isReservedPageSlug } from '@/lib/content/pages';
import { inspectorTags } from '@/lib/content/inspector';
import { pathFor } from '@/lib/content/paths';
import { PageCopy } from '@/components/rich-text/page-copy';
import { pageMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

/** Reserved slugs have dedicated routes, so they are never prebuilt here. */
export async function generateStaticParams() {
  return (await getPages()).filter((p) => !isReservedPageSlug(p.slug)).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPage((await params).slug);
  if (!page) return {};
  return pageMetadata({ title: page.title, description: page.seoDescription, path: pathFor('page', page.slug) });
}

export default async function ContentPage({ params }: Props) {
  const [page, tag] = await Promise.all([getPage((await params).slug), inspectorTags()]);
  if (!page) notFound();
  return (
    <article className="page-container py-10">
      <PageCopy page={page} tag={tag} />
    </article>
  );
}
