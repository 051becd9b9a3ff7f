/** Every cached read of a letter's count is tagged with this; the batched revalidation expires it. */
export function letterCountTag(slug: string): string {
  return `letters:count:${slug}`;
}
