import { log } from '@/lib/log.mjs';
import { CONSENT_VERSIONS, type ConsentVersion } from '@/lib/newsletter/consent';
import { subscribe, type NewsletterDeps, type RequestContext } from '@/lib/newsletter/service';
import { postcodeDistrict } from './postcode';
import type { ConfirmedSignature } from './repository';

const isConsentVersion = (v: string | null): v is ConsentVersion => (CONSENT_VERSIONS as readonly string[]).includes(v ?? '');

/**
 * "Send me campaign updates" goes through the newsletter's own double opt-in, started only once
 * the signature is confirmed: the address has then proved itself, and the person gets the
 * newsletter's confirm email rather than being added silently. A failure here never undoes the
 * signature.
 */
export async function subscribeToUpdates(deps: NewsletterDeps, s: ConfirmedSignature, ctx: RequestContext): Promise<void> {
  if (!isConsentVersion(s.updatesWordingVersion)) return;
  try {
    await subscribe(
      deps,
      { email: s.email, firstName: s.firstName, postcodeArea: postcodeDistrict(s.postcode), consent: 'yes', consentVersion: s.updatesWordingVersion, source: 'open-letter' },
      ctx,
    );
  } catch (error) {
    log('error', 'letters.updates_signup_failed', { letter: s.letterSlug, message: (error as Error).message });
  }
}
