import 'server-only';
import { z } from 'zod';
import type { EntriesApi } from './core/client';
import type { ContentTypeInfo } from './core/content-type';
import { entryBySlug, parseFields, updatedAt, type RawEntry } from './core/entries';
import { richTextSchema, slug, text, toRichText, type RichTextDocument } from './core/fields';
import { isPreview, readBySlug, readList, type ListRead } from './core/read';

/** Pages: free-standing copy at /<slug> (about, privacy, cover your tracks …). */

export const PAGES_TAG = 'content:pages';

/**
 * Page slugs that have their own dedicated routes (the newsletter sign-up, the donate flows and
 * the privacy notice, which opens with the data controller from site settings). Their `page`
 * entries may still exist in Contentful for copy, but `/[slug]` never prebuilds them.
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = ['get-involved', 'donate', 'privacy'];

export function isReservedPageSlug(slug: string): boolean {
  return RESERVED_PAGE_SLUGS.includes(slug);
}

export const pageFields = z.object({
  title: text(120),
  slug,
  body: richTextSchema,
  seoDescription: text(160),
});

export const pagesType = { id: 'page', tag: PAGES_TAG, fields: pageFields, map: toPage, showsAssets: true } as const satisfies ContentTypeInfo;

export interface Page {
  id: string;
  title: string;
  slug: string;
  body: RichTextDocument;
  seoDescription: string;
  updatedAt: string;
}

export function toPage(entry: RawEntry): Page | null {
  const f = parseFields('page', pageFields, entry);
  return f && { id: entry.sys.id, ...f, body: toRichText(f.body), updatedAt: updatedAt(entry) };
}

export async function fetchPage(client: EntriesApi, slug: string) {
  return entryBySlug(client, 'page', slug, 1, toPage);
}

/** Every page by slug; also the slugs `getPage()` may find. */
export const pagesList = { name: 'pages', type: 'page', query: { order: 'fields.slug', include: 1 }, map: toPage, tags: [PAGES_TAG] } satisfies ListRead<Page>;

export async function getPages(): Promise<Page[]> {
  return readList(await isPreview(), pagesList);
}

export async function getPage(slug: string): Promise<Page | null> {
  return readBySlug(await isPreview(), slug, { list: pagesList, tags: [PAGES_TAG], fetch: fetchPage });
}
