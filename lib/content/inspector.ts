import 'server-only';
import { isPreview } from './core/read';
import { tagField, untagged, type TagField } from './field-tags';

/** The tagger for this request: real tags in draft mode, none otherwise (only drafts carry them). */
export async function inspectorTags(): Promise<TagField> {
  return (await isPreview()) ? tagField : untagged;
}
