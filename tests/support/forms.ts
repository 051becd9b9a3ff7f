import { FORM_START_FIELD, HONEYPOT_FIELD } from '@/lib/forms/fields';
import { issueFormStart, MIN_FILL_MS } from '@/lib/forms/form-start';

/**
 * A form post as a person sends it: the honeypot left empty and a start time from longer ago than
 * anyone fills a form in, then `fields` (a field set to undefined is left out of the post).
 */
export function postedForm(fields: Partial<Record<string, string>>, now = Date.now()): FormData {
  const form = new FormData();
  const all = { [HONEYPOT_FIELD]: '', [FORM_START_FIELD]: issueFormStart(now - MIN_FILL_MS - 1_000), ...fields };
  for (const [k, v] of Object.entries(all)) if (v !== undefined) form.set(k, v);
  return form;
}
