/**
 * How the site names the organisation behind it. Every sentence that says who receives a gift,
 * who claims Gift Aid or who controls personal data is built here from the site-settings
 * record, so changing the record in Contentful changes every page, receipt and checkout.
 */

/** A charity register the operator is on, and its number there. */
export interface CharityRegistration {
  register: 'england-wales' | 'scotland' | 'northern-ireland';
  number: string;
}

/**
 * The organisation behind the site: it receives gifts, claims Gift Aid when it is a registered
 * charity, and is the data controller. Every place that names it reads it from here.
 */
export interface Operator {
  legalName: string;
  /** null when the operator is not a registered charity: then no Gift Aid is offered. */
  charity: { registrations: CharityRegistration[]; hmrcReference: string | null } | null;
  addressLines: string[];
  dataProtectionEmail: string;
  icoRegistrationNumber: string | null;
}

export const REGISTER_NAMES: Record<CharityRegistration['register'], string> = {
  'england-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "a charity registered in England and Wales (number) and in Scotland (number)", or "not a registered charity". */
export function registeredStatus(operator: Operator): string {
  if (!operator.charity) return 'not a registered charity';
  const places = operator.charity.registrations.map((r) => `in ${REGISTER_NAMES[r.register]} (${r.number})`);
  return `a charity registered ${joinAnd(places)}`;
}

/** "<name>, a charity registered in …" or "<name>, which is not a registered charity". */
export function nameWithStatus(operator: Operator): string {
  return `${operator.legalName}, ${operator.charity ? '' : 'which is '}${registeredStatus(operator)}`;
}

/** The operator and its status, for the footer on every page: one line. */
export function operatorLine(operator: Operator): string {
  return `This site is run by ${nameWithStatus(operator)}.`;
}

/** Who receives a gift: next to the payment button, on the checkout and thank-you pages. */
export function recipientSentence(operator: Operator): string {
  return `Your gift goes to ${nameWithStatus(operator)}.`;
}

/** "Registered charity numbers <number> (England and Wales), <number> (Scotland)", for receipts. */
export function charityNumbers(operator: Operator): string | null {
  if (!operator.charity) return null;
  const numbers = operator.charity.registrations.map((r) => `${r.number} (${REGISTER_NAMES[r.register]})`);
  return `Registered charity number${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`;
}

/** Why the donate page offers no Gift Aid, in one plain sentence. */
export function noGiftAidReason(operator: Operator): string {
  return `We cannot offer Gift Aid, because only a registered charity can claim it and ${operator.legalName} is not one.`;
}
