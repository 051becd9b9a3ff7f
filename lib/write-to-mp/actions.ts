'use server';

import { getWriteToMpAction } from '@/lib/content/write-to-mp';
import { requestClient } from '@/lib/forms/client';
import { log } from '@/lib/log.mjs';
import { requestContext } from '@/lib/newsletter/service';
import { formOf } from '@/lib/security/request';
import type { WriteState } from './fields';
import { writeToMpDeps } from './deps';
import { findMp, ipKey, startLetter } from './service';

const GONE: WriteState = { step: 'postcode', postcode: '', notice: 'This action is no longer open. Please reload the page.' };
const FAILED = 'Sorry, something went wrong. Nothing you typed has been kept. Please try again in a few minutes.';

/** Both steps of the flow; the form says which by its `intent`. Returns a state, never throws at the user. */
export async function writeToMpAction(_prev: WriteState, input: FormData): Promise<WriteState> {
  const form = formOf(input);
  const slug = form.get('action');
  try {
    const action = typeof slug === 'string' ? await getWriteToMpAction(slug) : null;
    if (!action) return GONE;
    const client = await requestClient();
    const deps = await writeToMpDeps(requestContext(client));
    const ip = ipKey(client.ip);
    return form.get('intent') === 'letter' ? await startLetter(deps, action, form, ip) : await findMp(deps, action, form, ip);
  } catch (error) {
    log('error', 'write_to_mp.action_failed', { message: (error as Error).message });
    return { step: 'postcode', postcode: '', notice: FAILED };
  }
}
