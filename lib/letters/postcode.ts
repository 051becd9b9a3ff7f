/** The outward code of a normalised postcode ("LS6 1AN" → "LS6"): thousands of homes share one. */
export function postcodeDistrict(postcode: string): string {
  return postcode.split(' ')[0] ?? postcode;
}
