import { SANDBOX_ENTRIES, type SandboxEntry } from './sandbox-data';
import { RepresentativesUnavailableError, type LookupResult, type RepresentativesProvider } from './types';

function toResult(entry: SandboxEntry | undefined): LookupResult {
  if (!entry) return { status: 'not-found' };
  switch (entry.outcome) {
    case 'found':
      return { status: 'found', constituency: { ...entry.constituency }, representative: { ...entry.representative } };
    case 'vacant':
      return { status: 'vacant', constituency: { ...entry.constituency } };
    case 'unavailable':
      throw new RepresentativesUnavailableError('sandbox: simulated outage');
  }
}

/** The offline default: answers from the committed fictional dataset, labelled on every page that shows it. */
export function createSandboxProvider(entries: readonly SandboxEntry[] = SANDBOX_ENTRIES): RepresentativesProvider {
  const byPostcode = new Map(entries.map((entry) => [entry.postcode, entry]));
  return {
    kind: 'sandbox',
    async lookup(postcode: string): Promise<LookupResult> {
      return toResult(byPostcode.get(postcode));
    },
  };
}
