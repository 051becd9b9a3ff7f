/**
 * True only for a plain path on this site ("/news/some-slug"): no scheme, no host, no
 * protocol-relative "//" or "/\" (browsers treat both as another host), no query or fragment.
 */
export function isLocalPath(path: string): boolean {
  return /^\/(?:[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*)?$/.test(path);
}
