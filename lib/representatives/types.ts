/** Our own shapes for who represents a postcode; nothing outside lib/representatives sees the Parliament API's. */

export interface Constituency {
  /** The provider's stable id (the Parliament API's constituency id, or the sandbox's). */
  id: string;
  name: string;
}

export interface Representative {
  id: string;
  /** As Parliament displays it, e.g. "Ms Alex Example". */
  name: string;
  /** How a letter addresses them, e.g. "Ms Example"; falls back to the display name. */
  addressAs: string;
  party: string | null;
  /** The parliamentary email address, when one is published. */
  email: string | null;
  /** Their official contact page: the way to write when no email is published. */
  contactUrl: string;
}

export type LookupResult =
  | { status: 'found'; constituency: Constituency; representative: Representative }
  | { status: 'vacant'; constituency: Constituency }
  | { status: 'not-found' };

/** The service could not answer (timeout, 5xx, 429 after retries, malformed reply). Never carries the postcode. */
export class RepresentativesUnavailableError extends Error {
  override name = 'RepresentativesUnavailableError';
}

export interface RepresentativesProvider {
  readonly kind: 'sandbox' | 'parliament';
  /** `postcode` must already be normalised by `parsePostcode()`. Throws RepresentativesUnavailableError. */
  lookup(postcode: string): Promise<LookupResult>;
}
