/**
 * The public path of every entry that has a page of its own, and the news list's pages. This
 * module imports nothing, so pages, components (client forms too), mail and the content modules'
 * link mappers all build paths the same way without loading the content layer.
 */
const ENTRY_PATHS = {
  newsArticle: (slug: string) => `/news/${slug}`,
  researchSummary: (slug: string) => `/research/${slug}`,
  policyAsk: (slug: string) => `/asks/${slug}`,
  page: (slug: string) => `/${slug}`,
  // Campaign actions share /act: slugs are unique across the action types.
  openLetter: (slug: string) => `/act/${slug}`,
  writeToMp: (slug: string) => `/act/${slug}`,
} as const satisfies Record<string, (slug: string) => string>;

export type TypeWithPages = keyof typeof ENTRY_PATHS;

/** The one way to build an entry's path: null for types without pages of their own. */
export function pathFor(type: TypeWithPages, slug: string): string;
export function pathFor(type: string, slug: string): string | null;
export function pathFor(type: string, slug: string): string | null {
  return Object.hasOwn(ENTRY_PATHS, type) ? ENTRY_PATHS[type as TypeWithPages](slug) : null;
}

/** /news, /news/tag/<tag> and their numbered pages (page 1 has no number). */
export function newsListPath(page: number, tag?: string): string {
  const base = tag ? `/news/tag/${encodeURIComponent(tag)}` : '/news';
  return page <= 1 ? base : `${base}/page/${page}`;
}

/** An open letter's steps after the letter itself: the confirm button, the thank-you page. */
export function letterStepPath(slug: string, step: 'confirm' | 'signed' | 'sent'): string {
  return `${pathFor('openLetter', slug)}/${step}`;
}

/** The letter's public count as JSON (rewritten in next.config.ts to app/api/letters/[slug]). */
export function letterJsonPath(slug: string): string {
  return `${pathFor('openLetter', slug)}.json`;
}
