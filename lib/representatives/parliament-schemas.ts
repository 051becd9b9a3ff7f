import { z } from 'zod';

/**
 * The parts of the UK Parliament Members API (members-api.parliament.uk, OpenAPI "Members API v1")
 * that we read. Every field the API marks nullable is nullable here; anything else it sends is ignored.
 */

const party = z.object({ name: z.string().nullish(), abbreviation: z.string().nullish() }).nullish();

const houseMembership = z
  .object({
    membershipFrom: z.string().nullish(),
    membershipEndDate: z.string().nullish(),
    membershipStatus: z.object({ statusIsActive: z.boolean().nullish() }).nullish(),
  })
  .nullish();

const member = z.object({
  id: z.number().int(),
  nameDisplayAs: z.string().nullish(),
  nameAddressAs: z.string().nullish(),
  nameListAs: z.string().nullish(),
  latestParty: party,
  latestHouseMembership: houseMembership,
});

/** `Constituency` in the API: `currentRepresentation` is null while a seat is vacant. */
const constituency = z.object({
  id: z.number().int(),
  name: z.string().nullish(),
  endDate: z.string().nullish(),
  currentRepresentation: z
    .object({ member: z.object({ value: member.nullish() }).nullish(), representation: houseMembership })
    .nullish(),
});

/** GET /api/Location/Constituency/Search?searchText=… (ConstituencyMembersServiceSearchResult). */
export const constituencySearchSchema = z.object({
  items: z.array(z.object({ value: constituency.nullish() })).nullish(),
  totalResults: z.number().int().nullish(),
});

/** GET /api/Members/{id}/Contact (ContactInformationListItem). */
export const contactListSchema = z.object({
  value: z
    .array(
      z.object({
        type: z.string().nullish(),
        typeId: z.number().int().nullish(),
        isPreferred: z.boolean().nullish(),
        email: z.string().nullish(),
      }),
    )
    .nullish(),
});

export type ParliamentConstituency = z.infer<typeof constituency>;
export type ParliamentMember = z.infer<typeof member>;
export type ConstituencySearch = z.infer<typeof constituencySearchSchema>;
export type ContactList = z.infer<typeof contactListSchema>;
