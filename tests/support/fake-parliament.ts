import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback UK Parliament Members API: the two endpoints lib/representatives calls, answering in
 * the shapes of the API's OpenAPI document (ConstituencyMembersServiceSearchResult and
 * ContactInformationListItem), with fictional people. Failures are queued per endpoint.
 */

export type Failure = { kind: 'status'; status: number; retryAfter?: string } | { kind: 'timeout' } | { kind: 'malformed' } | { kind: 'wrong-shape' };
export type Endpoint = 'search' | 'contact';

export interface FakeMember {
  id: number;
  nameDisplayAs: string;
  nameAddressAs: string | null;
  party: string;
  contacts: Array<{ type: string; typeId: number; isPreferred: boolean; email: string | null }> | 'missing';
}

export interface FakeConstituency {
  id: number;
  name: string;
  member: FakeMember | null;
}

export interface FakeParliament {
  url: string;
  /** searchText of every search request, as received. */
  searches: string[];
  contactCalls: number[];
  failNext(endpoint: Endpoint, ...failures: Failure[]): void;
  /** Delay before every answer, to model a real network. */
  setLatency(ms: number): void;
  reset(): void;
  close(): Promise<void>;
}

const link = (href: string) => [{ rel: 'self', href, method: 'GET' }];

function memberItem(m: FakeMember) {
  return {
    value: {
      id: m.id,
      nameListAs: m.nameDisplayAs.split(' ').reverse().join(', '),
      nameDisplayAs: m.nameDisplayAs,
      nameFullTitle: `${m.nameDisplayAs} MP`,
      nameAddressAs: m.nameAddressAs,
      latestParty: { id: 8, name: m.party, abbreviation: m.party.slice(0, 3), backgroundColour: '000000', foregroundColour: 'ffffff', isLordsMainParty: false, isLordsSpiritualParty: false, governmentType: 0, isIndependentParty: false },
      gender: 'F',
      latestHouseMembership: { membershipFrom: 'Fixture', membershipFromId: 1, house: 1, membershipStartDate: '2024-07-04T00:00:00', membershipEndDate: null, membershipEndReason: null, membershipEndReasonNotes: null, membershipEndReasonId: null, membershipStatus: { statusIsActive: true, statusDescription: 'Current Member', statusNotes: null, statusId: 0, status: 0, statusStartDate: '2024-07-04T00:00:00' } },
      thumbnailUrl: `https://members-api.parliament.uk/api/Members/${m.id}/Thumbnail`,
    },
    links: link(`/Members/${m.id}`),
  };
}

function constituencyItem(c: FakeConstituency) {
  return {
    value: {
      id: c.id,
      name: c.name,
      startDate: '2024-07-04T00:00:00',
      endDate: null,
      currentRepresentation: c.member
        ? { member: memberItem(c.member), representation: { membershipFrom: c.name, membershipFromId: c.id, house: 1, membershipStartDate: '2024-07-04T00:00:00', membershipEndDate: null, membershipEndReason: null, membershipEndReasonNotes: null, membershipEndReasonId: null, membershipStatus: null } }
        : null,
    },
    links: link(`/Location/Constituency/${c.id}`),
  };
}

export async function startFakeParliament(byPostcode: Record<string, FakeConstituency>): Promise<FakeParliament> {
  const searches: string[] = [];
  const contactCalls: number[] = [];
  const queued: Record<Endpoint, Failure[]> = { search: [], contact: [] };
  const members = new Map(Object.values(byPostcode).flatMap((c) => (c.member ? [[c.member.id, c.member] as const] : [])));
  const hung = new Set<http.ServerResponse>();
  let latency = 0;

  function send(res: http.ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }

  function answer(endpoint: Endpoint, res: http.ServerResponse, ok: () => [number, unknown]) {
    const failure = queued[endpoint].shift();
    if (failure?.kind === 'timeout') {
      hung.add(res);
      return;
    }
    if (failure?.kind === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"items": [ {"value": ');
      return;
    }
    if (failure?.kind === 'wrong-shape') return send(res, 200, { items: 'not a list', totalResults: 'many', value: 42 });
    if (failure?.kind === 'status') {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...(failure.retryAfter ? { 'retry-after': failure.retryAfter } : {}) });
      res.end(JSON.stringify({ status: failure.status, title: 'Injected failure' }));
      return;
    }
    const [status, body] = ok();
    send(res, status, body);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const reply = () => {
      if (url.pathname === '/api/Location/Constituency/Search') {
        const text = url.searchParams.get('searchText') ?? '';
        searches.push(text);
        return answer('search', res, () => {
          const found = byPostcode[text];
          const items = found ? [constituencyItem(found)] : [];
          return [200, { items, totalResults: items.length, resultContext: text, skip: 0, take: 20, links: link('/Location/Constituency/Search') }];
        });
      }
      const contact = /^\/api\/Members\/(\d+)\/Contact$/.exec(url.pathname);
      if (contact) {
        const id = Number(contact[1]);
        contactCalls.push(id);
        return answer('contact', res, () => {
          const m = members.get(id);
          if (!m || m.contacts === 'missing') return [404, { status: 404, title: 'Not Found' }];
          const value = m.contacts.map((c) => ({ ...c, typeDescription: c.type, isWebAddress: false, notes: null, line1: 'House of Commons', line2: 'London', line3: null, line4: null, line5: null, postcode: 'SW1A 0AA', phone: '020 7219 3000', fax: null }));
          return [200, { value, links: link(`/Members/${id}/Contact`) }];
        });
      }
      send(res, 404, { status: 404, title: 'Not Found' });
    };
    if (latency > 0) setTimeout(reply, latency);
    else reply();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    searches,
    contactCalls,
    failNext: (endpoint, ...failures) => void queued[endpoint].push(...failures),
    setLatency: (ms) => void (latency = ms),
    reset: () => {
      searches.length = 0;
      contactCalls.length = 0;
      queued.search.length = 0;
      queued.contact.length = 0;
      latency = 0;
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Fictional people in the API's shapes; the postcodes are real ones so they pass validation. */
export const FIXTURE_CONSTITUENCIES: Record<string, FakeConstituency> = {
  'SW1A 0AA': {
    id: 4001,
    name: 'Fixture Riverside',
    member: {
      id: 5001,
      nameDisplayAs: 'Ms Jane Fixture',
      nameAddressAs: 'Ms Fixture',
      party: 'Fixture Party',
      contacts: [
        { type: 'Constituency office', typeId: 4, isPreferred: true, email: 'office@jane-fixture.example' },
        { type: 'Parliamentary office', typeId: 1, isPreferred: false, email: 'jane.fixture.mp@parliament.example ' },
      ],
    },
  },
  'EH99 1SP': { id: 4002, name: 'Fixture Shore', member: { id: 5002, nameDisplayAs: 'Mr Sam Nomail', nameAddressAs: null, party: 'Other Party', contacts: [{ type: 'Website', typeId: 7, isPreferred: false, email: null }] } },
  'CF99 1SN': { id: 4003, name: 'Fixture Bay', member: { id: 5003, nameDisplayAs: 'Ms Siân Gone', nameAddressAs: 'Ms Gone', party: 'Third Party', contacts: 'missing' } },
  'M1 1AE': { id: 4004, name: 'Fixture Canal', member: null },
};
