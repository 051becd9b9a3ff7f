/** A letter's pages: the letter itself, its confirm step, the thank-you page and the public JSON. */
export function letterPath(slug: string, page?: 'confirm' | 'signed' | 'sent'): string {
  return page ? `/act/${slug}/${page}` : `/act/${slug}`;
}

export function letterJsonPath(slug: string): string {
  return `/act/${slug}.json`;
}
