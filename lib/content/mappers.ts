import type { z } from 'zod';
import { log } from '@/lib/log';
import {
  assetSchema,
  campaignStatFields,
  fieldSchemas,
  type Asset,
  type LinkedEntry,
  type RawRichText,
} from './schemas';
import { pathFor } from './paths';
import type {
  CampaignStat,
  ContentType,
  FileDownload,
  Image,
  Link,
  NewsArticle,
  NewsSummary,
  Page,
  PolicyAsk,
  ResearchSummary,
  RichTextDocument,
  RichTextNode,
  SiteSettings,
  TimelineEvent,
} from './types';

/** The least we rely on from an SDK entry; keeps mappers testable with plain objects. */
export interface RawEntry {
  sys: { id: string; updatedAt?: string; contentType?: { sys: { id: string } } };
  fields: Record<string, unknown>;
}

/** Validates an entry's fields; an invalid entry is logged by id and skipped, never thrown. */
function parseFields<T extends ContentType>(
  type: T,
  entry: RawEntry,
): z.infer<(typeof fieldSchemas)[T]> | null {
  const result = fieldSchemas[type].safeParse(entry.fields);
  if (result.success) return result.data as z.infer<(typeof fieldSchemas)[T]>;
  log('warn', 'content.invalid_entry', {
    contentType: type,
    entryId: entry.sys.id,
    issues: result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
  });
  return null;
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

export function toLink(entry: LinkedEntry): Link | null {
  const href = pathFor(entry.sys.contentType.sys.id as ContentType, entry.fields.slug);
  return href ? { title: entry.fields.title, slug: entry.fields.slug, href } : null;
}

function updatedAt(entry: RawEntry): string {
  return entry.sys.updatedAt ?? new Date(0).toISOString();
}

export function toNewsArticle(entry: RawEntry): NewsArticle | null {
  const f = parseFields('newsArticle', entry);
  if (!f) return null;
  const heroImage = toImage(f.heroImage, f.heroImageAlt);
  if (!heroImage) return null;
  return {
    id: entry.sys.id,
    title: f.title,
    slug: f.slug,
    summary: f.summary,
    body: toRichText(f.body),
    publishDate: f.publishDate,
    organisation: f.organisation,
    tags: f.tags,
    heroImage,
    relatedAsks: f.relatedAsks.map(toLink).filter((l): l is Link => l !== null),
    sources: f.sources,
    updatedAt: updatedAt(entry),
  };
}

export function toNewsSummary(entry: RawEntry): NewsSummary | null {
  const article = toNewsArticle(entry);
  if (!article) return null;
  const { body: _body, relatedAsks: _asks, sources: _sources, ...summary } = article;
  return summary;
}

export function toResearchSummary(entry: RawEntry): ResearchSummary | null {
  const f = parseFields('researchSummary', entry);
  if (!f) return null;
  return {
    id: entry.sys.id,
    title: f.title,
    slug: f.slug,
    publisher: f.publisher,
    publishedDate: f.publishedDate,
    summary: f.summary,
    keyFindings: f.keyFindings,
    methodology: f.methodology,
    report: f.reportAsset ? toFileDownload(f.reportAsset) : null,
    reportUrl: f.reportUrl ?? null,
    citation: f.citation,
    updatedAt: updatedAt(entry),
  };
}

export function toPolicyAsk(entry: RawEntry): PolicyAsk | null {
  const f = parseFields('policyAsk', entry);
  if (!f) return null;
  const evidence = f.evidence.flatMap((e) => {
    const link = toLink(e);
    if (!link) return [];
    return [{ ...link, kind: e.sys.contentType.sys.id === 'researchSummary' ? ('research' as const) : ('news' as const) }];
  });
  return {
    id: entry.sys.id,
    title: f.title,
    slug: f.slug,
    statement: f.statement,
    whyItMatters: f.whyItMatters
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    evidence,
    status: f.status,
    order: f.order,
    updatedAt: updatedAt(entry),
  };
}

export function toCampaignStat(entry: RawEntry): CampaignStat | null {
  const f = parseFields('campaignStat', entry) as z.infer<typeof campaignStatFields> | null;
  if (!f) return null;
  return { id: entry.sys.id, ...f };
}

export function toTimelineEvent(entry: RawEntry): TimelineEvent | null {
  const f = parseFields('timelineEvent', entry);
  if (!f) return null;
  return {
    id: entry.sys.id,
    date: f.date,
    title: f.title,
    description: f.description,
    link: f.link ?? null,
    category: f.category,
  };
}

export function toPage(entry: RawEntry): Page | null {
  const f = parseFields('page', entry);
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

export function toSiteSettings(entry: RawEntry): SiteSettings | null {
  return parseFields('siteSettings', entry);
}
