/**
 * The write-to-your-MP form's fields and states without zod or server code, so the client form can
 * import them. schema.ts re-exports all of this.
 */

/** What the flow needs from the action's content entry (lib/content/write-to-mp.ts maps it). */
export interface LetterAction {
  slug: string;
  talkingPoints: { id: string; title: string; body: string }[];
  request: string;
  subject: string;
  closingDate: string | null;
}

/** The MP as the page shows them; signed into the letter step so it cannot be swapped. */
export interface MpCard {
  constituencyId: string;
  constituency: string;
  name: string;
  addressAs: string;
  party: string | null;
  email: string | null;
  contactUrl: string;
}

export const LETTER_FIELDS = ['points', 'ownWords', 'subject', 'email'] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];
export type LetterErrors = Partial<Record<LetterField, string>>;

export const OWN_WORDS_MAX = 3000;
export const SUBJECT_MAX = 150;

export interface LetterValues {
  points: string[];
  ownWords: string;
  subject: string;
  updates: boolean;
  email: string;
}

export type WriteState =
  | { step: 'postcode'; postcode: string; error?: string | undefined; notice?: string | undefined }
  | { step: 'letter'; mp: MpCard; token: string; values: LetterValues; errors: LetterErrors; notice?: string | undefined }
  | {
      step: 'send';
      mp: MpCard;
      subject: string;
      letter: string;
      /** Null when the MP publishes no email: the page points to their contact page. */
      mailto: string | null;
      /** False when the letter is too long for a mailto: link: the page leads with "Copy the letter". */
      includesBody: boolean;
      /** Whether the optional campaign-updates sign-up went through ("check your inbox"). */
      updates: 'none' | 'sent' | 'failed';
    }
  | { step: 'closed' };

export const INITIAL_WRITE_STATE: WriteState = { step: 'postcode', postcode: '' };

/** An action closes at the end of its closing date (UK dates: compared as YYYY-MM-DD). */
export function isClosed(action: Pick<LetterAction, 'closingDate'>, now = new Date()): boolean {
  return !!action.closingDate && action.closingDate.slice(0, 10) < now.toISOString().slice(0, 10);
}
