// A full UK postcode: outward code (area letters, district digit(s), optional letter) and inward
// code (sector digit, two unit letters). BFPO and overseas territories are out of scope here.
const FULL_POSTCODE = /^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$/;

/** "ls6 1an", "LS61AN", " ls6  1an " → "LS6 1AN"; null when it is not a postcode. */
export function normalisePostcode(raw: string): string | null {
  const compact = raw.toUpperCase().replace(/\s+/g, '');
  const match = FULL_POSTCODE.exec(compact);
  return match ? `${match[1]} ${match[2]}` : null;
}

/** The outward code ("LS6"), which is public-scale: thousands of homes share one. */
export function postcodeDistrict(postcode: string): string {
  return postcode.split(' ')[0] ?? postcode;
}
