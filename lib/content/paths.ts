import type { ContentType } from './types';

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

/** Types without a page of their own, and the page an editor previews them on. */
export const SHOWN_ON: Partial<Record<ContentType, string>> = {
  campaignStat: '/',
  timelineEvent: '/timeline',
  siteSettings: '/',
};
