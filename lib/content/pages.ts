import 'server-only';
import { z } from 'zod';
import type { EntriesApi } from './core/client';
import type { ContentTypeInfo } from './core/content-type';
import { allEntries, entryBySlug, mapAll, parseFields, updatedAt, type RawEntry } from './core/entries';
import { richTextSchema, slug, text, toRichText, type RichTextDocument } from './core/fields';
import { cachedRead, isPreview, readBySlug } from './core/read';

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
  if (!f) return null;
  return {
    id: entry.sys.id,
    title: f.title,
    slug: f.slug,
    body: toRichText(f.body),
    seoDescription: f.seoDescription,
    updatedAt: updatedAt(entry),
  };
}

export async function fetchPages(client: EntriesApi) {
  return mapAll(await allEntries(client, 'page', { order: 'fields.slug', include: 1 }), toPage);
}

export async function fetchPage(client: EntriesApi, slug: string) {
  return entryBySlug(client, 'page', slug, 1, toPage);
}

function readPages(preview: boolean): Promise<Page[]> {
  return cachedRead(preview, { name: 'pages', args: [], tags: [PAGES_TAG] }, fetchPages);
}

export async function getPages(): Promise<Page[]> {
  return readPages(await isPreview());
}

export async function getPage(slug: string): Promise<Page | null> {
  return readBySlug(await isPreview(), slug, { type: 'page', tags: [PAGES_TAG], published: () => readPages(false), fetch: fetchPage });
}
