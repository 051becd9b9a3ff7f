import type { Metadata } from 'next';
import { env } from '@/lib/env';
import { getSiteSettings } from '@/lib/content/site-settings';

export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}

export interface PageMetaInput {
  title: string;
  description: string;
  path: string;
  /** Set for news articles so Open Graph carries the article fields. */
  article?: { publishedTime: string; modifiedTime: string; tags: string[] } | undefined;
}

/**
 * Canonical, Open Graph and Twitter tags for a page. Open Graph images come from the
 * `opengraph-image` route files, which Next merges over this config.
 */
export async function pageMetadata({ title, description, path, article }: PageMetaInput): Promise<Metadata> {
  const settings = await getSiteSettings();
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: { 'application/rss+xml': [{ url: '/news/rss.xml', title: `${settings.campaignName} news` }] },
    },
    openGraph: {
      title,
      description,
      url: path,
      siteName: settings.campaignName,
      locale: 'en_GB',
      ...(article
        ? { type: 'article', publishedTime: article.publishedTime, modifiedTime: article.modifiedTime, tags: article.tags }
        : // A page that sets openGraph replaces the root's, so the site card is named again here.
          { type: 'website', images: [{ url: '/opengraph-image', width: 1200, height: 630, alt: settings.campaignName }] }),
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}

/** An entry's page metadata from `meta`; none for a slug with no entry, whose page is the 404. */
export async function entryMetadata<T>(entry: T | null, meta: (entry: T) => PageMetaInput): Promise<Metadata> {
  return entry ? pageMetadata(meta(entry)) : {};
}
