import { consume } from '@/lib/rate-limit';
import { TRUNCATED_MESSAGE, wasTruncated } from '@/lib/security/request';
import { hashIdentifier } from '@/lib/security/hash';
import { log } from '@/lib/log.mjs';
import { checkFormStart } from './form-start';
import { LIMITED_MESSAGE, SIGNUP_PER_ADDRESS, SIGNUP_PER_IP } from './limits';
import { parseSignup, valuesFrom, type SignupState } from './schema';
import { subscribe, type NewsletterDeps, type RequestContext } from './service';
import { userAgentClass } from './user-agent';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export const HONEYPOT_FIELD = 'website';
export const FORM_START_FIELD = 'formStart';

export function requestContext(client: ClientInfo): RequestContext {
  return { ipHash: hashIdentifier(client.ip, 'ip'), userAgentClass: userAgentClass(client.userAgent) };
}

const RETRY_FAST = 'Please check your details, then select Subscribe again.';
const RETRY_FAILED = 'Sorry, we could not take your details just now. Please try again in a few minutes.';

/**
 * The whole sign-up path behind the server action, minus Next's request plumbing. Returns a
 * state for the form and never throws: bad input comes back as field errors with the typed
 * values, and every accepted submission gets the same "check your inbox" reply.
 */
export async function handleSignup(form: FormData, client: ClientInfo, deps: NewsletterDeps): Promise<SignupState> {
  const values = valuesFrom(form);
  if (wasTruncated(form)) return { status: 'retry', values, message: TRUNCATED_MESSAGE };
  const parsed = parseSignup(form);
  if (!parsed.ok) return { status: 'invalid', values, errors: parsed.errors };

  const honeypot = form.get(HONEYPOT_FIELD);
  const start = checkFormStart(form.get(FORM_START_FIELD), (deps.now?.() ?? new Date()).getTime());
  if ((typeof honeypot === 'string' && honeypot.trim() !== '') || start === 'missing') {
    // Looks like a script: answer as if it worked, so it learns nothing, and store nothing.
    log('info', 'newsletter.signup_trap', { reason: start === 'missing' ? 'no-form-start' : 'honeypot' });
    return { status: 'sent' };
  }
  if (start === 'too-fast') return { status: 'retry', values, message: RETRY_FAST };

  const ipLimit = await consume(SIGNUP_PER_IP, hashIdentifier(client.ip, 'ip'));
  if (!ipLimit.allowed) return { status: 'limited', values, message: LIMITED_MESSAGE };
  const addressLimit = await consume(SIGNUP_PER_ADDRESS, hashIdentifier(parsed.data.email, 'email'));
  if (!addressLimit.allowed) return { status: 'limited', values, message: LIMITED_MESSAGE };

  try {
    await subscribe(deps, parsed.data, requestContext(client));
    return { status: 'sent' };
  } catch (error) {
    log('error', 'newsletter.signup_failed', { message: (error as Error).message });
    return { status: 'retry', values, message: RETRY_FAILED };
  }
}
