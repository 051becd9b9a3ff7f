import type { Metadata } from 'next';
import { getPage, getPages, isReservedPageSlug } from '@/lib/content/pages';
import { entryWithTags } from '@/lib/content/inspector';
import { pathFor } from '@/lib/content/paths';
import { PageCopy } from '@/components/rich-text/page-copy';
import { entryMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;

/** Reserved slugs have dedicated routes, so they are never prebuilt here. */
export async function generateStaticParams() {
  return (await getPages()).filter((p) => !isReservedPageSlug(p.slug)).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[slug]'>): Promise<Metadata> {
  return entryMetadata(await getPage((await params).slug), (page) => ({ title: page.title, description: page.seoDescription, path: pathFor('page', page.slug) }));
}

export default async function ContentPage({ params }: PageProps<'/[slug]'>) {
  const [page, tag] = await entryWithTags(getPage((await params).slug));
  return (
    <article className="page-container py-10">
      <PageCopy page={page} tag={tag} />
    </article>
  );
}
