import { ENTRY_PATH_PREFIX } from './entry-paths.mjs';

/**
 * The public path of every entry that has a page of its own, and the news list's pages. This
 * module imports nothing but the plain table of prefixes, so pages, components (client forms
 * too), mail and the content modules' link mappers all build paths the same way without loading
 * the content layer.
 */
export type TypeWithPages = keyof typeof ENTRY_PATH_PREFIX;

/** The one way to build an entry's path: null for types without pages of their own. */
export function pathFor(type: TypeWithPages, slug: string): string;
export function pathFor(type: string, slug: string): string | null;
export function pathFor(type: string, slug: string): string | null {
  return Object.hasOwn(ENTRY_PATH_PREFIX, type) ? `${ENTRY_PATH_PREFIX[type as TypeWithPages]}${slug}` : null;
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
