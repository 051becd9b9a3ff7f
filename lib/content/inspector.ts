import 'server-only';
import { notFound } from 'next/navigation';
import { isPreview } from './core/read';
import { tagField, untagged, type TagField } from './field-tags';

/** The tagger for this request: real tags in draft mode, none otherwise (only drafts carry them). */
export async function inspectorTags(): Promise<TagField> {
  return (await isPreview()) ? tagField : untagged;
}

/** What a page by slug needs: its entry, or the 404 page when there is none (`notFound()` throws), and the tagger. */
export async function entryWithTags<T>(read: Promise<T | null>): Promise<[T, TagField]> {
  const [entry, tag] = await Promise.all([read, inspectorTags()]);
  if (!entry) notFound();
  return [entry, tag];
}
