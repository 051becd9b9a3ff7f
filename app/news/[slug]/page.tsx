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
import { FormattedDate } from '@/components/ui/formatted-date';
import { TagLinks } from '@/components/ui/tag-links';
import { ShareLinks } from '@/components/share/share-links';
import { JsonLd } from '@/components/seo/json-ld';
import { ResponsiveImage } from '@/components/ui/responsive-image';
import { absoluteUrl, pageMetadata } from '@/lib/seo/metadata';

export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getAllNewsSummaries()).map((n) => ({ slug: n.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getNewsArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.summary,
    path: pathFor('newsArticle', article.slug),
    article: { publishedTime: article.publishDate, modifiedTime: article.updatedAt, tags: article.tags },
  });
}

export default async function NewsArticlePage({ params }: Props) {
  const { slug } = await params;
  const [article, neighbours, settings, tag, actions] = await Promise.all([getNewsArticle(slug), getNewsNeighbours(slug), getSiteSettings(), inspectorTags(), getActionsShownOn({ article: slug })]);
  if (!article) notFound();
  const url = absoluteUrl(pathFor('newsArticle', article.slug));

  return (
    <article className="page-container py-10">
      <JsonLd
        type="NewsArticle"
        data={{
          headline: article.title,
          description: article.summary,
          datePublished: article.publishDate,
          dateModified: article.updatedAt,
          image: [absoluteUrl(`${pathFor('newsArticle', article.slug)}/opengraph-image`)],
          author: { '@type': 'Organization', name: article.organisation },
          publisher: { '@type': 'Organization', name: settings.campaignName, url: absoluteUrl('/') },
          mainEntityOfPage: url,
          keywords: article.tags.join(', '),
        }}
      />
      <header className="max-w-prose">
        <PageTitle back={{ href: '/news', label: 'News' }} title={article.title} tags={tag(article.id, 'title')} />
        <p className="mt-3 text-muted">
          <FormattedDate iso={article.publishDate} tags={tag(article.id, 'publishDate')} /> ·{' '}
          <span {...tag(article.id, 'organisation')}>{article.organisation}</span>
        </p>
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
        <div className="mt-4">
          <TagLinks tags={article.tags} />
        </div>
      </div>
      <div className="mt-8" {...tag(article.id, 'body')}>
        <RichText document={article.body} />
      </div>

      {article.sources.length > 0 && (
        <section aria-labelledby="sources-heading" className="mt-10 max-w-prose">
          <h2 id="sources-heading" className="text-step-2">
            Sources
          </h2>
          <ol className="mt-3 list-decimal space-y-1 pl-6">
            {article.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ol>
        </section>
      )}

      {article.relatedAsks.length > 0 && (
        <section aria-labelledby="asks-heading" className="mt-10 max-w-prose">
          <h2 id="asks-heading" className="text-step-2">
            Related asks
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {article.relatedAsks.map((ask) => (
              <li key={ask.slug}>
                <a href={ask.href}>{ask.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ActionPromo actions={actions} tag={tag} />

      <ShareLinks url={url} title={article.title} />

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
