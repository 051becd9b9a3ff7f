import type { LetterAction } from './fields';

/** Where the supporter adds what only they can: their office needs both to know they are a constituent. */
export const SIGN_OFF_PLACEHOLDERS = '[Your full name]\n[Your full address, including postcode]';

export interface LetterInput {
  addressAs: string;
  constituency: string;
  points: LetterAction['talkingPoints'];
  ownWords: string;
  request: string;
}

/**
 * The starting draft: greeting, the chosen points, the supporter's own words, the action's request
 * and a sign-off with placeholders. The name and address are typed in the email app, never here.
 */
export function draftLetter(input: LetterInput): string {
  const paragraphs = [
    `Dear ${input.addressAs},`,
    `I am writing to you as my MP, as someone who lives in ${input.constituency}, about the Child Maintenance Service.`,
    ...input.points.map((p) => p.body.trim()),
    ...input.ownWords
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    input.request.trim(),
    'Yours sincerely,',
    SIGN_OFF_PLACEHOLDERS,
  ];
  return paragraphs.join('\n\n');
}
