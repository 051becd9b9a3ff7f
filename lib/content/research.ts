import 'server-only';
import { z } from 'zod';
import type { ContentTypeInfo } from './core/content-type';
import { entryBySlug, parseFields, updatedAt, type RawEntry } from './core/entries';
import { assetSchema, date, slug, text, toFileDownload, type FileDownload } from './core/fields';
import { isPreview, readBySlug, readList, type ListRead } from './core/read';

/** Research summaries: /research and /research/<slug>, cited as evidence on asks. */

export const RESEARCH_TAG = 'content:research';

export const researchSummaryFields = z.object({
  title: text(160),
  slug,
  publisher: text(80),
  publishedDate: date,
  summary: text(600),
  keyFindings: z.array(text(300)).min(1),
  methodology: text(2000),
  reportAsset: assetSchema.optional(),
  reportUrl: z.string().regex(/^https:\/\//).optional(),
  citation: text(500),
});

// `affects`: ask pages list research as evidence.
export const researchType = { id: 'researchSummary', tag: RESEARCH_TAG, fields: researchSummaryFields, map: toResearchSummary, affects: ['policyAsk'], showsAssets: true } as const satisfies ContentTypeInfo;

export interface ResearchSummary {
  id: string;
  title: string;
  slug: string;
  publisher: string;
  publishedDate: string;
  summary: string;
  keyFindings: string[];
  methodology: string;
  report: FileDownload | null;
  reportUrl: string | null;
  citation: string;
  updatedAt: string;
}

export function toResearchSummary(entry: RawEntry): ResearchSummary | null {
  const f = parseFields('researchSummary', researchSummaryFields, entry);
  if (!f) return null;
  const { reportAsset, reportUrl, ...rest } = f;
  return { id: entry.sys.id, ...rest, report: reportAsset ? toFileDownload(reportAsset) : null, reportUrl: reportUrl ?? null, updatedAt: updatedAt(entry) };
}

/** Every summary, newest first; also the slugs `getResearchSummary()` may find. */
export const researchList = { name: 'research', type: 'researchSummary', query: { order: '-fields.publishedDate,sys.id', include: 1 }, map: toResearchSummary, tags: [RESEARCH_TAG] } satisfies ListRead<ResearchSummary>;

export async function getResearchSummaries(): Promise<ResearchSummary[]> {
  return readList(await isPreview(), researchList);
}

export async function getResearchSummary(slug: string): Promise<ResearchSummary | null> {
  return readBySlug(await isPreview(), slug, { list: researchList, tags: [RESEARCH_TAG], fetch: (client, s) => entryBySlug(client, 'researchSummary', s, 1, toResearchSummary) });
}
