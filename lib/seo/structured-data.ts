import { pathFor } from '@/lib/content/paths';
import { absoluteUrl } from './metadata';

/**
 * Schema.org objects for `<JsonLd>` (components/seo/json-ld.tsx), built from our own types so a
 * page states only which thing it is about.
 */

/** The campaign, on the home page. */
export function campaignOrganization(settings: { campaignName: string; strapline: string }) {
  return { '@type': 'Organization', name: settings.campaignName, description: settings.strapline, url: absoluteUrl('/'), logo: absoluteUrl('/opengraph-image') };
}

/** An article, published by the campaign and written by the organisation it names. */
export function newsArticle(article: { slug: string; title: string; summary: string; publishDate: string; updatedAt: string; organisation: string; tags: string[] }, campaignName: string) {
  const path = pathFor('newsArticle', article.slug);
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.publishDate,
    dateModified: article.updatedAt,
    image: [absoluteUrl(`${path}/opengraph-image`)],
    author: { '@type': 'Organization', name: article.organisation },
    publisher: { '@type': 'Organization', name: campaignName, url: absoluteUrl('/') },
    mainEntityOfPage: absoluteUrl(path),
    keywords: article.tags.join(', '),
  };
}
