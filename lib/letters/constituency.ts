import { log } from '@/lib/log.mjs';
import type { RepresentativesProvider } from '@/lib/representatives/types';
import { postcodeDistrict } from './postcode';

/** Where a signature is counted: a Westminster constituency, or its postcode district when that is unknown. */
export interface CountArea {
  /** Stable key for the tally: `<source>:<constituency id>`, or `pcd:<district>`. */
  code: string;
  name: string;
}

export function districtArea(postcode: string): CountArea {
  const district = postcodeDistrict(postcode);
  return { code: `pcd:${district}`, name: district };
}

/**
 * The area a postcode counts towards, from the representatives lookup (lib/representatives).
 * A lookup that fails or does not know the postcode must not lose the signature: it is then
 * counted by postcode district. The source is part of the code, so sandbox constituencies never
 * mix with real ones.
 */
export async function areaFor(postcode: string, provider?: RepresentativesProvider): Promise<CountArea> {
  if (!provider) return districtArea(postcode);
  try {
    const result = await provider.lookup(postcode);
    if (result.status === 'not-found') return districtArea(postcode);
    return { code: `${provider.kind}:${result.constituency.id}`.slice(0, 40), name: result.constituency.name.slice(0, 100) };
  } catch (error) {
    log('warn', 'letters.area_lookup_failed', { message: (error as Error).message });
    return districtArea(postcode);
  }
}
