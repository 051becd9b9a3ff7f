import type { ConstituencySearch, ContactList, ParliamentConstituency, ParliamentMember } from './parliament-schemas';
import type { Constituency } from './types';

// The contact type the API calls "Parliamentary office"; constituency and web entries come after it.
const PARLIAMENTARY_OFFICE_TYPE_ID = 1;
const PLAIN_EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

export const parliamentContactPage = (memberId: number) => `https://members.parliament.uk/member/${memberId}/contact`;

/** A postcode lies in one current constituency; ended ones (boundary changes) are skipped. */
export function currentConstituency(search: ConstituencySearch): ParliamentConstituency | null {
  const values = (search.items ?? []).flatMap((item) => (item.value ? [item.value] : []));
  return values.find((c) => !c.endDate) ?? null;
}

export function toConstituency(c: ParliamentConstituency): Constituency {
  return { id: String(c.id), name: c.name?.trim() || `Constituency ${c.id}` };
}

/** The sitting MP, or null for a vacant seat (no representation, or one that has ended). */
export function sittingMember(c: ParliamentConstituency): ParliamentMember | null {
  const rep = c.currentRepresentation;
  const member = rep?.member?.value;
  if (!member) return null;
  const ended = rep.representation?.membershipEndDate ?? member.latestHouseMembership?.membershipEndDate;
  if (ended && Date.parse(ended) <= Date.now()) return null;
  return member;
}

export function memberNames(member: ParliamentMember): { name: string; addressAs: string; party: string | null } {
  const name = member.nameDisplayAs?.trim() || member.nameListAs?.trim() || `Member ${member.id}`;
  return { name, addressAs: member.nameAddressAs?.trim() || name, party: member.latestParty?.name?.trim() || null };
}

/** Some entries hold two addresses or a stray space; the first plain address wins. */
function firstAddress(field: string | null | undefined): string | null {
  for (const part of (field ?? '').split(/[\s,;]+/)) if (PLAIN_EMAIL.test(part)) return part.toLowerCase();
  return null;
}

/** The parliamentary email: the Parliamentary office entry first, then a preferred one, then any. */
export function parliamentaryEmail(contacts: ContactList): string | null {
  const entries = contacts.value ?? [];
  const ranked = [
    ...entries.filter((e) => e.typeId === PARLIAMENTARY_OFFICE_TYPE_ID),
    ...entries.filter((e) => e.typeId !== PARLIAMENTARY_OFFICE_TYPE_ID && e.isPreferred),
    ...entries.filter((e) => e.typeId !== PARLIAMENTARY_OFFICE_TYPE_ID && !e.isPreferred),
  ];
  for (const entry of ranked) {
    const email = firstAddress(entry.email);
    if (email) return email;
  }
  return null;
}
