import 'server-only';
import { z } from 'zod';
import type { EntriesApi } from './core/client';
import type { ContentTypeInfo } from './core/content-type';
import { allEntries, entryBySlug, mapAll, parseFields, updatedAt, type RawEntry } from './core/entries';
import { linkedEntryOf, slug, text, toLink, type Link } from './core/fields';
import { cachedRead, isPreview, readBySlug } from './core/read';
import { NEWS_TAG } from './news';
import { RESEARCH_TAG } from './research';

/** Policy asks: /asks and /asks/<slug>, with news and research as evidence; the home page lists them. */

export const ASKS_TAG = 'content:asks';

export const ASK_STATUSES = ['calling-for', 'in-progress', 'won'] as const;
export type AskStatus = (typeof ASK_STATUSES)[number];

export const policyAskFields = z.object({
  title: text(120),
  slug,
  statement: text(300),
  whyItMatters: text(3000),
  evidence: z.array(linkedEntryOf(['researchSummary', 'newsArticle'])).default([]),
  status: z.enum(ASK_STATUSES),
  order: z.number().int(),
});

// `affects`: articles list their related asks.
export const asksType = { id: 'policyAsk', tag: ASKS_TAG, fields: policyAskFields, map: toPolicyAsk, affects: ['newsArticle'] } as const satisfies ContentTypeInfo;

export interface PolicyAsk {
  id: string;
  title: string;
  slug: string;
  statement: string;
  whyItMatters: string[];
  evidence: (Link & { kind: 'news' | 'research' })[];
  status: AskStatus;
  order: number;
  updatedAt: string;
}

export function toPolicyAsk(entry: RawEntry): PolicyAsk | null {
  const f = parseFields('policyAsk', policyAskFields, entry);
  if (!f) return null;
  return {
    id: entry.sys.id,
    title: f.title,
    slug: f.slug,
    statement: f.statement,
    whyItMatters: f.whyItMatters
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    evidence: f.evidence.map((e) => ({
      ...toLink(e),
      kind: e.sys.contentType.sys.id === 'researchSummary' ? ('research' as const) : ('news' as const),
    })),
    status: f.status,
    order: f.order,
    updatedAt: updatedAt(entry),
  };
}

export async function fetchPolicyAsks(client: EntriesApi) {
  return mapAll(await allEntries(client, 'policyAsk', { order: 'fields.order,sys.id', include: 1 }), toPolicyAsk);
}

export async function fetchPolicyAsk(client: EntriesApi, slug: string) {
  return entryBySlug(client, 'policyAsk', slug, 1, toPolicyAsk);
}

function readAsks(preview: boolean): Promise<PolicyAsk[]> {
  return cachedRead(preview, { name: 'asks', args: [], tags: [ASKS_TAG] }, fetchPolicyAsks);
}

export async function getPolicyAsks(): Promise<PolicyAsk[]> {
  return readAsks(await isPreview());
}

export async function getPolicyAsk(slug: string): Promise<PolicyAsk | null> {
  // Evidence titles come from news and research, so changes there expire the ask too.
  return readBySlug(await isPreview(), slug, { type: 'policyAsk', tags: [ASKS_TAG, NEWS_TAG, RESEARCH_TAG], published: () => readAsks(false), fetch: fetchPolicyAsk });
}
