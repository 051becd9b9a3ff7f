import { getJson, type RetryPolicy } from './http';
import { MEMBER_DETAILS_TTL_SECONDS, type MemberCache } from './member-cache';
import { currentConstituency, memberNames, parliamentaryEmail, parliamentContactPage, sittingMember, toConstituency } from './parliament-mappers';
import { constituencySearchSchema, contactListSchema, type ParliamentMember } from './parliament-schemas';
import { RepresentativesUnavailableError, type LookupResult, type Representative, type RepresentativesProvider } from './types';

export interface ParliamentProviderOptions {
  /** https://members-api.parliament.uk, or a loopback fake in tests. */
  apiUrl: string;
  policy: RetryPolicy;
  cache: MemberCache;
  /** Sent as User-Agent so Parliament can reach us if our traffic misbehaves. */
  userAgent: string;
}

interface MemberContact {
  email: string | null;
}

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, body: unknown, label: string): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new RepresentativesUnavailableError(`${label}: reply did not match the documented shape`);
  return result.data;
}

/**
 * The UK Parliament Members API (public, no key, Open Parliament Licence). A postcode goes to the
 * constituency search, which answers with the constituency and its current representation; the
 * member's contact list then gives the parliamentary email. Only that second answer is cached
 * (a day, by member id); the postcode is used for one request and kept nowhere.
 */
export function createParliamentProvider(options: ParliamentProviderOptions): RepresentativesProvider {
  const base = options.apiUrl.replace(/\/+$/, '');
  const headers = { 'user-agent': options.userAgent };
  // Concurrent lookups for one MP share one upstream request while it is in flight.
  const inFlight = new Map<number, Promise<MemberContact>>();

  async function fetchContact(memberId: number): Promise<MemberContact> {
    const reply = await getJson(`${base}/api/Members/${memberId}/Contact`, 'member-contact', options.policy, headers);
    if (reply.status === 'not-found') return { email: null };
    return { email: parliamentaryEmail(parse(contactListSchema, reply.body, 'member-contact')) };
  }

  async function contactFor(memberId: number): Promise<MemberContact> {
    const key = `member-contact:${memberId}`;
    const cached = await options.cache.get(key);
    if (cached) {
      try {
        return JSON.parse(cached) as MemberContact;
      } catch {
        // An unreadable entry is a miss.
      }
    }
    let pending = inFlight.get(memberId);
    if (!pending) {
      pending = fetchContact(memberId).then(async (contact) => {
        await options.cache.set(key, JSON.stringify(contact), MEMBER_DETAILS_TTL_SECONDS);
        return contact;
      });
      inFlight.set(memberId, pending);
      void pending.finally(() => inFlight.delete(memberId)).catch(() => {});
    }
    return pending;
  }

  async function toRepresentative(member: ParliamentMember): Promise<Representative> {
    const { email } = await contactFor(member.id);
    return { id: String(member.id), ...memberNames(member), email, contactUrl: parliamentContactPage(member.id) };
  }

  return {
    kind: 'parliament',
    async lookup(postcode: string): Promise<LookupResult> {
      const url = `${base}/api/Location/Constituency/Search?${new URLSearchParams({ searchText: postcode, skip: '0', take: '20' })}`;
      const reply = await getJson(url, 'constituency-search', options.policy, headers);
      if (reply.status === 'not-found') return { status: 'not-found' };
      const found = currentConstituency(parse(constituencySearchSchema, reply.body, 'constituency-search'));
      if (!found) return { status: 'not-found' };
      const constituency = toConstituency(found);
      const member = sittingMember(found);
      if (!member) return { status: 'vacant', constituency };
      return { status: 'found', constituency, representative: await toRepresentative(member) };
    },
  };
}
