import type { Metadata } from 'next';
import { PageTitle } from '@/components/ui/page-title';
import { notFound } from 'next/navigation';
import { getAllNewsSummaries, getNewsArticle, getNewsNeighbours } from '@/lib/content/news';
import { pathFor } from '@/lib/content/paths';
import { getSiteSettings } from '@/lib/content/site-settings';
import { inspectorTags } from '@/lib/content/inspector';
import { getActionsShownOn } from '@/lib/content/write-to-mp';
import { ActionPromo } from '@/components/write-to-mp/action-links';
import { RichText } from '@/components/rich-text/rich-text';
import { NewsByline } from '@/components/news/news-byline';
import { LinkList } from '@/components/ui/link-list';
import { TagLinks } from '@/components/ui/tag-links';
import { TextList } from '@/components/ui/text-list';
import { ShareLinks } from '@/components/share/share-links';
import { JsonLd } from '@/components/seo/json-ld';
import { ResponsiveImage } from '@/components/ui/responsive-image';
import { absoluteUrl, entryMetadata } from '@/lib/seo/metadata';
import { newsArticle } from '@/lib/seo/structured-data';

export const dynamicParams = true;

export async function generateStaticParams() {
  return (await getAllNewsSummaries()).map((n) => ({ slug: n.slug }));
}

export async function generateMetadata({ params }: PageProps<'/news/[slug]'>): Promise<Metadata> {
  return entryMetadata(await getNewsArticle((await params).slug), (article) => ({
    title: article.title,
    description: article.summary,
    path: pathFor('newsArticle', article.slug),
    article: { publishedTime: article.publishDate, modifiedTime: article.updatedAt, tags: article.tags },
  }));
}

export default async function NewsArticlePage({ params }: PageProps<'/news/[slug]'>) {
  const { slug } = await params;
  const [article, neighbours, settings, tag, actions] = await Promise.all([getNewsArticle(slug), getNewsNeighbours(slug), getSiteSettings(), inspectorTags(), getActionsShownOn({ article: slug })]);
  if (!article) notFound();

  return (
    <article className="page-container py-10">
      <JsonLd data={newsArticle(article, settings.campaignName)} />
      <header className="max-w-prose">
        <PageTitle back={{ href: '/news', label: 'News' }} title={article.title} tags={tag(article.id, 'title')} />
        <NewsByline item={article} className="mt-3 text-muted" tag={tag} />
      </header>
      {/* Straight after the headline, so on a phone the hero is in the first screen and is the LCP. */}
      <ResponsiveImage
        src={article.heroImage.url}
        alt={article.heroImage.alt}
        width={article.heroImage.width}
        height={article.heroImage.height}
        sizes="(min-width: 48rem) 42rem, 100vw"
        priority
        tags={tag(article.id, 'heroImage')}
        className="mt-6 h-auto w-full max-w-prose rounded"
      />
      <div className="max-w-prose">
        <p className="mt-4 text-step-1" {...tag(article.id, 'summary')}>
          {article.summary}
        </p>
        <TagLinks tags={article.tags} className="mt-4" />
      </div>
      <div className="mt-8" {...tag(article.id, 'body')}>
        <RichText document={article.body} />
      </div>

      {article.sources.length > 0 && (
        <section aria-labelledby="sources-heading" className="mt-10 max-w-prose">
          <h2 id="sources-heading" className="text-step-2">
            Sources
          </h2>
          <TextList lines={article.sources} numbered className="mt-3 list-decimal space-y-1 pl-6" />
        </section>
      )}

      {article.relatedAsks.length > 0 && (
        <section aria-labelledby="asks-heading" className="mt-10 max-w-prose">
          <h2 id="asks-heading" className="text-step-2">
            Related asks
          </h2>
          <LinkList links={article.relatedAsks.map(({ href, title }) => ({ href, label: title }))} className="mt-3 list-disc space-y-1 pl-6" />
        </section>
      )}

      <ActionPromo actions={actions} tag={tag} />

      <ShareLinks url={absoluteUrl(pathFor('newsArticle', article.slug))} title={article.title} />

      {(neighbours.older || neighbours.newer) && (
        <nav aria-label="More news" className="mt-10 border-t border-line pt-6">
          <ul className="grid gap-4 md:grid-cols-2">
            {neighbours.older && (
              <li>
                <span className="block text-step--1 text-muted">Previous article</span>
                <a href={pathFor('newsArticle', neighbours.older.slug)} rel="prev">
                  {neighbours.older.title}
                </a>
              </li>
            )}
            {neighbours.newer && (
              <li className="md:col-start-2 md:text-right">
                <span className="block text-step--1 text-muted">Next article</span>
                <a href={pathFor('newsArticle', neighbours.newer.slug)} rel="next">
                  {neighbours.newer.title}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </article>
  );
}
