import 'server-only';
import { isPreview } from './core/read';

/**
 * Inspector-mode tags for Contentful Live Preview: the data attributes the SDK looks for to
 * outline an element in the editor's preview pane and open the field behind it on click. They
 * also tell the live-update code which field an element shows. Only drafts carry them; readers'
 * pages are unchanged.
 */
export type FieldTags = Record<string, string>;
/** `format: 'month'` marks a <time> written as "March 2026" rather than a full date. */
export type TagField = (entryId: string, fieldId: string, options?: { format?: 'month' }) => FieldTags;

const NONE: FieldTags = Object.freeze({}) as FieldTags;

export const untagged: TagField = () => NONE;

export const tagField: TagField = (entryId, fieldId, options) => ({
  'data-contentful-entry-id': entryId,
  'data-contentful-field-id': fieldId,
  ...(options?.format ? { 'data-live-format': options.format } : {}),
});

/** The tagger for this request: real tags in draft mode, none otherwise. */
export async function inspectorTags(): Promise<TagField> {
  return (await isPreview()) ? tagField : untagged;
}
