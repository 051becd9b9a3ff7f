import type { ContentType } from './types';

/**
 * Page slugs that have their own dedicated routes (the newsletter sign-up and donate flows).
 * Their `page` entries may still exist in Contentful for copy, but `/[slug]` never prebuilds them.
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = ['get-involved', 'donate'];

export function isReservedPageSlug(slug: string): boolean {
  return RESERVED_PAGE_SLUGS.includes(slug);
}

/** The public path of each routable content type; the one place routes and content meet. */
export function pathFor(type: ContentType, slug: string): string | null {
  switch (type) {
    case 'newsArticle':
      return `/news/${slug}`;
    case 'researchSummary':
      return `/research/${slug}`;
    case 'policyAsk':
      return `/asks/${slug}`;
    case 'page':
      return `/${slug}`;
    default:
      return null;
  }
}

export function newsListPath(page: number, tag?: string): string {
  const base = tag ? `/news/tag/${encodeURIComponent(tag)}` : '/news';
  return page <= 1 ? base : `${base}/page/${page}`;
}
