export * from './queries';
export type * from './types';
export { NEWS_PAGE_SIZE, ContentUnavailableError } from './fetchers';
export { pathFor } from './paths';
