/**
 * `mailto:` links that open the supporter's own email app with the letter filled in (RFC 6068).
 * Every header value is percent-encoded as UTF-8, so `&`, `#`, `?` and non-ASCII letters reach the
 * app as typed, and line breaks are sent as CRLF (%0D%0A), the only form the RFC allows.
 */

// Windows hands a mailto: link to the email app through a ~2,048-character command line and
// older Outlook builds cut longer ones; staying under 2,000 keeps the whole letter intact.
export const MAILTO_MAX_LENGTH = 2000;

export interface MailtoParts {
  to: string;
  subject: string;
  body: string;
}

export interface Mailto {
  href: string;
  /** False when the letter made the link too long: the link then carries To and Subject only, and the page offers "Copy the letter". */
  includesBody: boolean;
}

const encode = (value: string) => encodeURIComponent(value);

/** The address part keeps its @ (some apps do not decode %40 there) but encodes everything else. */
function encodeAddress(address: string): string {
  return encode(address.trim()).replace(/%40/g, '@');
}

export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

export function mailtoHref(parts: MailtoParts, withBody = true): string {
  const query = [`subject=${encode(parts.subject)}`];
  if (withBody) query.push(`body=${encode(normaliseLineBreaks(parts.body))}`);
  return `mailto:${encodeAddress(parts.to)}?${query.join('&')}`;
}

export function buildMailto(parts: MailtoParts, maxLength = MAILTO_MAX_LENGTH): Mailto {
  const full = mailtoHref(parts);
  if (full.length <= maxLength) return { href: full, includesBody: true };
  return { href: mailtoHref(parts, false), includesBody: false };
}
