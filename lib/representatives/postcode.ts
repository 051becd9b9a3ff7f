/**
 * UK postcodes as people type them: any case, any spacing (including none, or a non-breaking
 * space pasted from a document), sometimes a hyphen. Normalised to the Royal Mail form
 * "SW1A 0AA" before anything else sees them.
 */

export type PostcodeProblem = 'empty' | 'partial' | 'invalid' | 'crown-dependency';

export type ParsedPostcode = { ok: true; postcode: string } | { ok: false; problem: PostcodeProblem; message: string };

// Longer than any postcode with generous spacing: anything past it is not a postcode.
export const POSTCODE_MAX_LENGTH = 16;

// The structure Royal Mail allocates (the pattern in the government's postcode data standard):
// outward code in its six forms, then a digit and two letters that never include C I K M O V.
const FULL = /^(?:GIR 0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$/;
const OUTWARD_ONLY = /^(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])$/;
// Jersey, Guernsey (with Alderney and Sark) and the Isle of Man: Crown dependencies, not part
// of the UK, so no Westminster constituency, although Royal Mail gives them postcodes.
const CROWN_DEPENDENCY = /^(?:JE|GY|IM)[0-9]/;

export const POSTCODE_MESSAGES: Record<PostcodeProblem, string> = {
  empty: 'Enter your postcode',
  partial: 'Enter your full postcode, for example SW1A 0AA',
  invalid: 'Enter a real UK postcode, for example SW1A 0AA',
  'crown-dependency':
    'Jersey, Guernsey and the Isle of Man have their own parliaments and no MP at Westminster, so this letter cannot go to an MP from there. You can still sign up for campaign updates below.',
};

const fail = (problem: PostcodeProblem): ParsedPostcode => ({ ok: false, problem, message: POSTCODE_MESSAGES[problem] });

/** Upper case, no spaces or hyphens: "sw1a 0aa", "SW1A0AA" and "sw1a-0aa" all become "SW1A0AA". */
export function compactPostcode(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000-]+/g, '');
}

export function parsePostcode(input: unknown): ParsedPostcode {
  if (typeof input !== 'string' || input.trim() === '') return fail('empty');
  if (input.length > POSTCODE_MAX_LENGTH) return fail('invalid');
  const compact = compactPostcode(input);
  if (compact === '') return fail('empty');
  if (CROWN_DEPENDENCY.test(compact)) return fail('crown-dependency');
  if (OUTWARD_ONLY.test(compact)) return fail('partial');
  if (compact.length < 5 || compact.length > 7) return fail('invalid');
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return FULL.test(spaced) ? { ok: true, postcode: spaced } : fail('invalid');
}

