import type { CharityRegistration, Operator } from '@/lib/content/site-settings';

/**
 * How the site names the organisation behind it. Every sentence that says who receives a gift,
 * who claims Gift Aid or who controls personal data is built here from the site-settings
 * record, so changing the record in Contentful changes every page, receipt and checkout.
 */

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
