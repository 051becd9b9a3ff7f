/** A page number from a URL segment: a plain positive integer or nothing (so "02" or "1e1" 404). */
export function parsePageNumber(raw: string): number | null {
  return /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : null;
}

export function pageNumbersFrom(pageCount: number, first = 2): { page: string }[] {
  return Array.from({ length: Math.max(0, pageCount - first + 1) }, (_, i) => ({ page: String(i + first) }));
}

/**
 * A URL segment decoded, or null when it is not valid percent-encoding (`/news/tag/%E0%A4`): a page
 * that cannot exist, so a 404, where decodeURIComponent would throw and answer 500.
 */
export function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
