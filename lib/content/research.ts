import 'server-only';
import { z } from 'zod';
import type { EntriesApi } from './core/client';
import type { ContentTypeInfo } from './core/content-type';
import { allEntries, entryBySlug, mapAll, parseFields, updatedAt, type RawEntry } from './core/entries';
import { assetSchema, date, slug, text, toFileDownload, type FileDownload } from './core/fields';
import { cachedRead, isPreview, readBySlug } from './core/read';

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

export async function fetchResearchSummaries(client: EntriesApi) {
  return mapAll(await allEntries(client, 'researchSummary', { order: '-fields.publishedDate,sys.id', include: 1 }), toResearchSummary);
}

export async function fetchResearchSummary(client: EntriesApi, slug: string) {
  return entryBySlug(client, 'researchSummary', slug, 1, toResearchSummary);
}

function readResearch(preview: boolean): Promise<ResearchSummary[]> {
  return cachedRead(preview, { name: 'research', args: [], tags: [RESEARCH_TAG] }, fetchResearchSummaries);
}

export async function getResearchSummaries(): Promise<ResearchSummary[]> {
  return readResearch(await isPreview());
}

export async function getResearchSummary(slug: string): Promise<ResearchSummary | null> {
  return readBySlug(await isPreview(), slug, { type: 'researchSummary', tags: [RESEARCH_TAG], published: () => readResearch(false), fetch: fetchResearchSummary });
}
