import 'server-only';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { CURRENT_CONSENT_VERSION } from '@/lib/newsletter/consent';
import { newsletterDeps } from '@/lib/newsletter/deps';
import { subscribe, type RequestContext } from '@/lib/newsletter/service';
import { getRepresentativesProvider } from '@/lib/representatives';
import type { WriteToMpDeps } from './service';

export async function writeToMpDeps(consentContext: RequestContext): Promise<WriteToMpDeps> {
  return {
    provider: await getRepresentativesProvider(),
    db: getDb,
    secret: env.HASH_SALT,
    // The same double opt-in as every other sign-up: a pending record, the consent wording and a confirmation email.
    subscribe: async (email) =>
      subscribe(
        await newsletterDeps(),
        { email, firstName: '', postcodeArea: '', consent: 'yes', consentVersion: CURRENT_CONSENT_VERSION, source: 'write-to-mp' },
        consentContext,
      ),
  };
}
