import { isOpenForSigning, type OpenLetter } from '@/lib/content/open-letters';
import type { LetterRef } from './service';

/** What signing needs to know of a published letter. */
export function toLetterRef(letter: OpenLetter | null, now = new Date()): LetterRef | null {
  if (!letter) return null;
  return { slug: letter.slug, title: letter.title, wordingVersion: letter.wordingVersion, wording: letter.wording, open: isOpenForSigning(letter, now) };
}
