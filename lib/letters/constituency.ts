import { log } from '@/lib/log.mjs';
import { postcodeDistrict } from './postcode';

/** Where a signature is counted: a Westminster constituency, or a postcode district until that lookup exists. */
export interface CountArea {
  /** Stable key for the tally: the ONS code of a constituency, or `pcd:<district>`. */
  code: string;
  name: string;
}

export type AreaLookup = (postcode: string) => Promise<CountArea | null>;

export function districtArea(postcode: string): CountArea {
  const district = postcodeDistrict(postcode);
  return { code: `pcd:${district}`, name: district };
}

/**
 * The area a postcode counts towards. A lookup that fails or knows nothing of the postcode must
 * not lose the signature: it is counted by postcode district instead.
 */
export async function areaFor(postcode: string, lookup?: AreaLookup): Promise<CountArea> {
  if (!lookup) return districtArea(postcode);
  try {
    return (await lookup(postcode)) ?? districtArea(postcode);
  } catch (error) {
    log('warn', 'letters.area_lookup_failed', { message: (error as Error).message });
    return districtArea(postcode);
  }
}
