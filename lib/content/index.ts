export * from './queries';
export type * from './types';
export { NEWS_PAGE_SIZE, ContentUnavailableError } from './fetchers';
export { pathFor, newsListPath, isReservedPageSlug, RESERVED_PAGE_SLUGS } from './paths';
