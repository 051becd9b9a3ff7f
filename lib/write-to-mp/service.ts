import type { Queryable } from '@/lib/db';
import { log } from '@/lib/log.mjs';
import { consume } from '@/lib/rate-limit';
import { buildMailto, parsePostcode, POSTCODE_MAX_LENGTH, RepresentativesUnavailableError, type LookupResult, type RepresentativesProvider } from '@/lib/representatives';
import { hashIdentifier } from '@/lib/security/hash';
import { draftLetter } from './letter';
import { countLetterStarted, type CountSource } from './letters-started';
import { LETTER_PER_IP, LIMITED_MESSAGE, LOOKUP_PER_IP } from './limits';
import { isClosed, letterValuesFrom, parseLetter, type LetterAction, type LetterValues, type MpCard, type WriteState } from './schema';
import { issueStepToken, readStepToken } from './step-token';

export interface WriteToMpDeps {
  provider: RepresentativesProvider;
  /** Opened only when a letter is counted: a postcode lookup never waits for the database. */
  db: () => Promise<Queryable>;
  /** Keys the step token; the deployment's HASH_SALT. */
  secret: string;
  /** The existing double opt-in sign-up, for the optional "also send me campaign updates" box. */
  subscribe(email: string): Promise<void>;
  now?: () => Date;
}

export const MESSAGES = {
  notFound: 'We could not find that postcode. Check it and try again.',
  notFoundSandbox: 'That postcode is not in the sample data. Try SW1A 0AA, EH99 1SP, CF99 1SN, BT4 3XX or M1 1AE.',
  unavailable: 'We could not look up your MP just now. Your postcode has not been kept. Please try again in a few minutes.',
  vacant: (constituency: string) =>
    `${constituency} has no MP at the moment: the seat is vacant until a by-election. You can still sign up for campaign updates below, and we will tell you when you can write.`,
  expired: 'That page was open for a long time, so we need your postcode again to find your MP.',
};

function card(result: Extract<LookupResult, { status: 'found' }>): MpCard {
  const { constituency, representative: r } = result;
  return { constituencyId: constituency.id, constituency: constituency.name, name: r.name, addressAs: r.addressAs, party: r.party, email: r.email, contactUrl: r.contactUrl };
}

const emptyLetter = (action: LetterAction): LetterValues => ({ points: action.talkingPoints.map((p) => p.id), ownWords: '', subject: action.subject, updates: false, email: '' });

/** Step 1: the postcode (POST body only) to the MP. The postcode is used for this one lookup and kept nowhere. */
export async function findMp(deps: WriteToMpDeps, action: LetterAction, form: FormData, ipHash: string): Promise<WriteState> {
  const raw = form.get('postcode');
  const typed = typeof raw === 'string' ? raw.slice(0, POSTCODE_MAX_LENGTH + 20) : '';
  if (isClosed(action, deps.now?.() ?? new Date())) return { step: 'closed' };
  const parsed = parsePostcode(typed);
  if (!parsed.ok) return { step: 'postcode', postcode: typed, error: parsed.message };
  if (!(await consume(LOOKUP_PER_IP, ipHash)).allowed) return { step: 'postcode', postcode: typed, error: LIMITED_MESSAGE };
  let result: LookupResult;
  try {
    result = await deps.provider.lookup(parsed.postcode);
  } catch (error) {
    const known = error instanceof RepresentativesUnavailableError;
    log(known ? 'warn' : 'error', 'write_to_mp.lookup_failed', { action: action.slug, source: deps.provider.kind, reason: known ? (error as Error).message : 'unexpected' });
    return { step: 'postcode', postcode: typed, error: MESSAGES.unavailable };
  }
  log('info', 'write_to_mp.lookup', { action: action.slug, source: deps.provider.kind, outcome: result.status });
  if (result.status === 'not-found') return { step: 'postcode', postcode: typed, error: deps.provider.kind === 'sandbox' ? MESSAGES.notFoundSandbox : MESSAGES.notFound };
  if (result.status === 'vacant') return { step: 'postcode', postcode: typed, error: MESSAGES.vacant(result.constituency.name) };
  const mp = card(result);
  const token = issueStepToken({ action: action.slug, source: deps.provider.kind, mp }, deps.secret);
  return { step: 'letter', mp, token, values: emptyLetter(action), errors: {} };
}

/** Step 2: the chosen points and the supporter's own words to a mailto: link. Counted; never stored. */
export async function startLetter(deps: WriteToMpDeps, action: LetterAction, form: FormData, ipHash: string): Promise<WriteState> {
  if (isClosed(action, deps.now?.() ?? new Date())) return { step: 'closed' };
  const mp = readStepToken(form.get('token'), { action: action.slug, source: deps.provider.kind }, deps.secret);
  if (!mp) return { step: 'postcode', postcode: '', notice: MESSAGES.expired };
  const token = String(form.get('token'));
  const values = letterValuesFrom(form, action);
  const parsed = parseLetter(values, action);
  if (!parsed.ok) return { step: 'letter', mp, token, values, errors: parsed.errors };
  if (!(await consume(LETTER_PER_IP, ipHash)).allowed) return { step: 'letter', mp, token, values, errors: {}, notice: LIMITED_MESSAGE };

  const letter = draftLetter({ addressAs: mp.addressAs, constituency: mp.constituency, points: parsed.data.points, ownWords: parsed.data.ownWords, request: action.request });
  const mailto = mp.email ? buildMailto({ to: mp.email, subject: parsed.data.subject, body: letter }) : null;
  try {
    await countLetterStarted(await deps.db(), action.slug, deps.provider.kind satisfies CountSource, { id: mp.constituencyId, name: mp.constituency });
  } catch (error) {
    // The count is a nice-to-have; the supporter's letter is not held up by it.
    log('error', 'write_to_mp.count_failed', { action: action.slug, message: (error as Error).message });
  }
  let updates: 'none' | 'sent' | 'failed' = 'none';
  if (parsed.data.email) {
    try {
      await deps.subscribe(parsed.data.email);
      updates = 'sent';
    } catch (error) {
      log('error', 'write_to_mp.signup_failed', { message: (error as Error).message });
      updates = 'failed';
    }
  }
  log('info', 'write_to_mp.letter_started', { action: action.slug, source: deps.provider.kind, points: parsed.data.points.length, ownWords: parsed.data.ownWords !== '' });
  return { step: 'send', mp, subject: parsed.data.subject, letter, mailto: mailto?.href ?? null, includesBody: mailto?.includesBody ?? false, updates };
}

export const ipKey = (ip: string) => hashIdentifier(ip, 'ip');
