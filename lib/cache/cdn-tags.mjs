// Content tags for CDNs. Next records the cache tags a page's data was read with (the tags the
// Contentful webhook revalidates) in the cache entry's `x-next-cache-tags` header but never sends
// them; the cache handler copies our content tags into the two headers CDNs purge by, on every
// entry it returns or stores, so each cacheable page or route response carries them.
// Plain ESM: the cache handler runs outside the app bundle.

/** Cloudflare's purge-by-tag header (comma-separated) and Fastly's (space-separated). */
export const CACHE_TAG_HEADER = 'cache-tag';
export const SURROGATE_KEY_HEADER = 'surrogate-key';

// Ours (lib/content/tags.ts: `content`, `content:…`), printable ASCII without separators, which
// both CDNs accept; Next's implicit path tags (`_N_T_/…`) are left out.
const CONTENT_TAG_RE = /^content(?::[\x21-\x2b\x2d-\x7e]*)?$/;

/** @param {readonly string[]} tags */
export function cdnTags(tags) {
  return [...new Set(tags.filter((tag) => CONTENT_TAG_RE.test(tag) && tag.length <= 1024))];
}

/**
 * Adds Cache-Tag and Surrogate-Key to a page or route entry's stored headers, from its Next tags.
 * @param {{ kind?: string, headers?: Record<string, unknown> } | null | undefined} value
 */
export function addCdnTagHeaders(value) {
  const headers = value?.headers;
  const nextTags = headers?.['x-next-cache-tags'];
  if (!headers || typeof nextTags !== 'string') return;
  const tags = cdnTags(nextTags.split(','));
  if (tags.length === 0) return;
  headers[CACHE_TAG_HEADER] = tags.join(',');
  headers[SURROGATE_KEY_HEADER] = tags.join(' ');
}
