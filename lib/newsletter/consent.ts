/**
 * The exact words a person agrees to when they tick the box. Each version is stored with
 * every consent event; when the wording changes, add a new version and keep the old ones,
 * because records that point at them must still be readable.
 */
export const CONSENT_WORDINGS = {
  '2025-11-v1':
    'I agree to #FixTheCMS emailing me occasional campaign updates: the legal case, new research and ways to take part. I can unsubscribe at any time.',
} as const satisfies Record<string, string>;

export type ConsentVersion = keyof typeof CONSENT_WORDINGS;

export const CURRENT_CONSENT_VERSION: ConsentVersion = '2025-11-v1';

export const CONSENT_VERSIONS = Object.keys(CONSENT_WORDINGS) as [ConsentVersion, ...ConsentVersion[]];

export function consentWording(version: ConsentVersion): string {
  return CONSENT_WORDINGS[version];
}
