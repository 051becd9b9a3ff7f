/**
 * Sample data: not real MPs. Fictional constituencies, people, parties and addresses (the
 * `.example` domain can never receive mail) for the offline default, development and tests.
 * The postcodes are real ones for well-known buildings so they pass validation, chosen to cover
 * each nation and every outcome the page must handle.
 */

export const SANDBOX_LABEL = 'Sample data: not real MPs';

export type SandboxEntry =
  | {
      postcode: string;
      outcome: 'found';
      constituency: { id: string; name: string };
      representative: { id: string; name: string; addressAs: string; party: string; email: string | null; contactUrl: string };
    }
  | { postcode: string; outcome: 'vacant'; constituency: { id: string; name: string } }
  | { postcode: string; outcome: 'unavailable' };

const contactPage = (id: string) => `https://members.parliament.example/member/${id}/contact`;

function found(postcode: string, n: number, constituency: string, name: string, addressAs: string, party: string, email: string | null): SandboxEntry {
  const id = `sample-mp-${n}`;
  return { postcode, outcome: 'found', constituency: { id: `sample-${n}`, name: constituency }, representative: { id, name, addressAs, party, email, contactUrl: contactPage(id) } };
}

export const SANDBOX_ENTRIES: readonly SandboxEntry[] = [
  found('SW1A 0AA', 1, 'Riverside Sample (England)', 'Ms Alex Sample', 'Ms Sample', 'Harbour Party (fictional)', 'alex.sample.mp@parliament.example'),
  found('EH99 1SP', 2, 'Lothian Shore Sample (Scotland)', 'Mr Callum Example', 'Mr Example', 'Thistle Party (fictional)', 'callum.example.mp@parliament.example'),
  found('CF99 1SN', 3, 'Bae Sampl (Wales)', 'Ms Siân Enghraifft', 'Ms Enghraifft', 'Daffodil Party (fictional)', 'sian.enghraifft.mp@parliament.example'),
  // No published email: the page offers the contact page instead.
  found('BT4 3XX', 4, 'Stormont Hills Sample (Northern Ireland)', 'Mr Ciarán Sampla', 'Mr Sampla', 'Linen Party (fictional)', null),
  { postcode: 'M1 1AE', outcome: 'vacant', constituency: { id: 'sample-5', name: 'Canal Side Sample (England)' } },
  // Behaves as if the Parliament API were down, so the failure message can be seen offline.
  { postcode: 'EC1A 1BB', outcome: 'unavailable' },
];
