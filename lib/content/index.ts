export * from './queries';
export type * from './types';
export { NEWS_PAGE_SIZE, ContentUnavailableError } from './fetchers';
export { pathFor, newsListPath, isReservedPageSlug, RESERVED_PAGE_SLUGS } from './paths';
export { previewPathFor } from './preview';
export { isContentType } from './tags';
export { WEBHOOK_SECRET_HEADER, WEBHOOK_TOPICS, isWebhookTopic, planRevalidation } from './webhook';
