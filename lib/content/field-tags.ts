/**
 * Inspector-mode tags for Contentful Live Preview: the data attributes the SDK looks for to
 * outline an element in the editor's preview pane and open the field behind it on click. They
 * also tell the live-update code which field an element shows. Pages get a tagger for the
 * request from `inspectorTags()` (inspector.ts) and pass it to components; this module imports
 * nothing, so components can take one as a prop.
 */
export type FieldTags = Record<string, string>;
/** `format: 'month'` marks a <time> written as "March 2026" rather than a full date. */
export type TagField = (entryId: string, fieldId: string, options?: { format?: 'month' }) => FieldTags;

const NONE: FieldTags = Object.freeze({}) as FieldTags;

/** Readers' pages: no attributes at all. */
export const untagged: TagField = () => NONE;

export const tagField: TagField = (entryId, fieldId, options) => ({
  'data-contentful-entry-id': entryId,
  'data-contentful-field-id': fieldId,
  ...(options?.format ? { 'data-live-format': options.format } : {}),
});
