import 'server-only';
import { z } from 'zod';
import type { ContentTypeInfo } from './core/content-type';
import { entryBySlug, parseFields, updatedAt, type RawEntry } from './core/entries';
import { linkedEntryOf, paragraphs, slug, text, toLink, type Link } from './core/fields';
import { isPreview, readBySlug, readList, type ListRead } from './core/read';
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
  const evidence = f.evidence.map((e) => ({ ...toLink(e), kind: e.sys.contentType.sys.id === 'researchSummary' ? ('research' as const) : ('news' as const) }));
  return { id: entry.sys.id, ...f, whyItMatters: paragraphs(f.whyItMatters), evidence, updatedAt: updatedAt(entry) };
}

/** Every ask in the editors' order; also the slugs `getPolicyAsk()` may find. */
export const asksList = { name: 'asks', type: 'policyAsk', query: { order: 'fields.order,sys.id', include: 1 }, map: toPolicyAsk, tags: [ASKS_TAG] } satisfies ListRead<PolicyAsk>;

export async function getPolicyAsks(): Promise<PolicyAsk[]> {
  return readList(await isPreview(), asksList);
}

export async function getPolicyAsk(slug: string): Promise<PolicyAsk | null> {
  // Evidence titles come from news and research, so changes there expire the ask too.
  return readBySlug(await isPreview(), slug, { list: asksList, tags: [ASKS_TAG, NEWS_TAG, RESEARCH_TAG], fetch: (client, s) => entryBySlug(client, 'policyAsk', s, 1, toPolicyAsk) });
}
