import { z } from 'zod';
import { pathFor, type TypeWithPages } from '../paths';

/**
 * Field schemas, types and mappers shared by several content types: slugs, dates, text, assets,
 * Rich Text and links to other entries. Schemas read entries as the Contentful SDK returns them
 * (single locale, links resolved, unresolvable links removed); limits mirror
 * content-models/migrations, and tests/unit/model-drift.test.ts keeps the two in step.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}/;
export const SLUG_MAX = 80;

export const slug = z.string().max(SLUG_MAX).regex(SLUG_PATTERN);
export const date = z.string().regex(DATE_PATTERN);
export const text = (max: number) => z.string().trim().min(1).max(max);

export const sysSchema = z.object({
  id: z.string().min(1),
  updatedAt: z.string().optional(),
  createdAt: z.string().optional(),
});

export const assetSchema = z.object({
  sys: sysSchema,
  fields: z.object({
    title: z.string().optional(),
    description: z.string().optional(),
    file: z.object({
      url: z.string().min(1),
      fileName: z.string().min(1),
      contentType: z.string().min(1),
      details: z.object({
        size: z.number().int().nonnegative(),
        image: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }).optional(),
      }),
    }),
  }),
});
export type Asset = z.infer<typeof assetSchema>;

/** A resolved link to an entry of one of `types` (the migration's linkContentType). */
export const linkedEntryOf = <const T extends readonly [TypeWithPages, ...TypeWithPages[]]>(types: T) =>
  z.object({
    sys: sysSchema.extend({ contentType: z.object({ sys: z.object({ id: z.enum(types) }) }) }),
    fields: z.object({ title: z.string(), slug: z.string() }).loose(),
  });
type LinkedEntry<T extends string> = { sys: { contentType: { sys: { id: T } } }; fields: { title: string; slug: string } };

type RawRichNode = {
  nodeType: string;
  value?: string | undefined;
  marks?: { type: string }[] | undefined;
  data: Record<string, unknown>;
  content?: RawRichNode[] | undefined;
};

const richNode: z.ZodType<RawRichNode> = z.lazy(() =>
  z.object({
    nodeType: z.string(),
    value: z.string().optional(),
    marks: z.array(z.object({ type: z.string() })).optional(),
    data: z.record(z.string(), z.unknown()),
    content: z.array(richNode).optional(),
  }),
);

export const richTextSchema = z.object({
  nodeType: z.literal('document'),
  data: z.record(z.string(), z.unknown()),
  content: z.array(richNode),
});
type RawRichText = z.infer<typeof richTextSchema>;

/* Our shapes for those fields. All values are JSON-safe (dates as ISO strings) because they pass through the data cache. */

export interface Image {
  url: string;
  width: number;
  height: number;
  alt: string;
  contentType: string;
}

export interface FileDownload {
  url: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** A Rich Text tree whose embedded assets are already resolved to our `Image`. */
export interface RichTextNode {
  nodeType: string;
  value?: string;
  marks?: { type: string }[];
  data: { uri?: string; image?: Image };
  content?: RichTextNode[];
}

export interface RichTextDocument {
  nodeType: 'document';
  data: Record<string, never>;
  content: RichTextNode[];
}

export interface Link {
  title: string;
  slug: string;
  href: string;
}

export interface Paginated<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export function absoluteAssetUrl(url: string): string {
  return url.startsWith('//') ? `https:${url}` : url;
}

export function toImage(asset: Asset, alt: string): Image | null {
  const { file } = asset.fields;
  if (!file.details.image) return null;
  return {
    url: absoluteAssetUrl(file.url),
    width: file.details.image.width,
    height: file.details.image.height,
    alt,
    contentType: file.contentType,
  };
}

export function toFileDownload(asset: Asset): FileDownload {
  const { file } = asset.fields;
  return {
    url: absoluteAssetUrl(file.url),
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.details.size,
  };
}

function toRichNode(node: RawRichText['content'][number]): RichTextNode | null {
  if (node.nodeType === 'embedded-asset-block') {
    const asset = assetSchema.safeParse((node.data as { target?: unknown }).target);
    if (!asset.success) return null;
    const image = toImage(asset.data, asset.data.fields.description ?? asset.data.fields.title ?? '');
    // The renderer maps over every block's `content`, so an embed keeps an empty list.
    return image ? { nodeType: node.nodeType, data: { image }, content: [] } : null;
  }
  const uri = (node.data as { uri?: unknown }).uri;
  const mapped: RichTextNode = { nodeType: node.nodeType, data: typeof uri === 'string' ? { uri } : {} };
  if (node.value !== undefined) mapped.value = node.value;
  if (node.marks) mapped.marks = node.marks.map((m) => ({ type: m.type }));
  if (node.content) mapped.content = node.content.map(toRichNode).filter((n): n is RichTextNode => n !== null);
  return mapped;
}

export function toRichText(doc: RawRichText): RichTextDocument {
  return {
    nodeType: 'document',
    data: {},
    content: doc.content.map(toRichNode).filter((n): n is RichTextNode => n !== null),
  };
}

/** A linked entry as a link, through the path of its own type (`paths`, keyed by the link field's allowed type ids). */
export function toLink(entry: LinkedEntry<TypeWithPages>): Link {
  return { title: entry.fields.title, slug: entry.fields.slug, href: pathFor(entry.sys.contentType.sys.id, entry.fields.slug) };
}

/** A plain-text field's paragraphs: editors separate them with a blank line. */
export function paragraphs(value: string): string[] {
  return value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
