'use server';

import { issueFormStart } from './form-start';

/** A fresh start time for a form, fetched when someone first starts filling it in. */
export async function formStartAction(): Promise<string> {
  return issueFormStart();
}
