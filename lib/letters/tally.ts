/** What a letter's count looks like on a page: plain shapes and arithmetic, safe for any component. */

export interface AreaCount {
  code: string;
  name: string;
  count: number;
}

/** Confirmed signatures only, from the tallies the confirm transaction keeps. No personal data. */
export interface LetterTally {
  total: number;
  byArea: AreaCount[];
  /** When the last confirmation was counted (ISO 8601); null before the first. JSON-safe for the data cache. */
  updatedAt: string | null;
}

export interface PublicSupporter {
  firstName: string;
  area: string;
}

/** What a letter's page shows of its count. */
export interface PublicCount {
  tally: LetterTally;
  supporters: PublicSupporter[];
}

export interface Milestone {
  count: number;
  reached: boolean;
}

/** Progress towards the next milestone (or the target once every milestone is passed). */
export function progress(total: number, milestones: number[], target: number): { milestones: Milestone[]; next: number | null; percent: number } {
  const steps = [...new Set([...milestones, target])].filter((n) => n > 0).sort((a, b) => a - b);
  const next = steps.find((n) => n > total) ?? null;
  const goal = next ?? target;
  return {
    milestones: steps.map((count) => ({ count, reached: total >= count })),
    next,
    percent: goal > 0 ? Math.min(100, Math.floor((total / goal) * 100)) : 100,
  };
}
