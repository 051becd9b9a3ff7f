import 'server-only';
import { z } from 'zod';
import type { LetterAction } from '@/lib/write-to-mp/fields';
import type { ContentTypeInfo } from './core/content-type';
import { parseFields, updatedAt, type RawEntry } from './core/entries';
import { date, paragraphs, slug, text, toLink, type Link } from './core/fields';
import { isPreview, isSlug, readList, type ListRead } from './core/read';

/**
 * "Write to your MP" actions at /act/<slug>, with their talking points. The policy ask's page,
 * the home page, /get-involved and the articles an editor picks link to them.
 */

export const WRITE_TO_MP_TAG = 'content:write-to-mp';

export const ACTION_PLACEMENTS = ['home', 'get-involved'] as const;
export type ActionPlacement = (typeof ACTION_PLACEMENTS)[number];

export const talkingPointFields = z.object({ title: text(80), body: text(700) });

const linkedTalkingPoint = z.object({
  sys: z.object({ id: z.string().min(1), contentType: z.object({ sys: z.object({ id: z.enum(['talkingPoint']) }) }) }),
  fields: talkingPointFields,
});

const linkedAsk = z.object({
  sys: z.object({ id: z.string().min(1), contentType: z.object({ sys: z.object({ id: z.enum(['policyAsk']) }) }) }),
  fields: z.object({ title: z.string(), slug: z.string() }).loose(),
});

const linkedArticle = z.object({
  sys: z.object({ id: z.string().min(1), contentType: z.object({ sys: z.object({ id: z.enum(['newsArticle']) }) }) }),
  fields: z.object({ slug: z.string() }).loose(),
});

export const writeToMpFields = z.object({
  title: text(120),
  slug,
  policyAsk: linkedAsk,
  introduction: text(1200),
  talkingPoints: z.array(linkedTalkingPoint).min(1).max(8),
  request: text(500),
  subject: text(150),
  closingDate: date.optional(),
  showOn: z.array(z.enum(ACTION_PLACEMENTS)).default([]),
  articles: z.array(linkedArticle).default([]),
});

export const writeToMpType = { id: 'writeToMp', tag: WRITE_TO_MP_TAG, fields: writeToMpFields, map: (entry: RawEntry) => toWriteToMpAction(entry) } as const satisfies ContentTypeInfo;

/** Talking points have no page: they are read with their action, so a change expires the actions. */
export const talkingPointType = { id: 'talkingPoint', tag: 'content:talking-points', fields: talkingPointFields, map: (entry: RawEntry) => parseFields('talkingPoint', talkingPointFields, entry), shownOn: '/act', affects: ['writeToMp'] } as const satisfies ContentTypeInfo;

export interface WriteToMpAction extends LetterAction {
  kind: 'writeToMp';
  id: string;
  title: string;
  policyAsk: Link;
  introduction: string[];
  showOn: ActionPlacement[];
  /** Slugs of the news articles that end with a link to this action. */
  articleSlugs: string[];
  updatedAt: string;
}

export function toWriteToMpAction(entry: RawEntry): WriteToMpAction | null {
  const f = parseFields('writeToMp', writeToMpFields, entry);
  if (!f) return null;
  return {
    kind: 'writeToMp',
    id: entry.sys.id,
    title: f.title,
    slug: f.slug,
    policyAsk: toLink(f.policyAsk),
    introduction: paragraphs(f.introduction),
    talkingPoints: f.talkingPoints.map((p) => ({ id: p.sys.id, title: p.fields.title, body: p.fields.body })),
    request: f.request,
    subject: f.subject,
    closingDate: f.closingDate?.slice(0, 10) ?? null,
    showOn: f.showOn,
    articleSlugs: f.articles.map((a) => a.fields.slug),
    updatedAt: updatedAt(entry),
  };
}

/** Every action by title; `getWriteToMpAction()` finds one in it. */
export const writeToMpList = { name: 'writeToMpActions', type: 'writeToMp', query: { order: 'fields.title,sys.id', include: 2 }, map: toWriteToMpAction, tags: [WRITE_TO_MP_TAG] } satisfies ListRead<WriteToMpAction>;

export async function getWriteToMpActions(): Promise<WriteToMpAction[]> {
  return readList(await isPreview(), writeToMpList);
}

/** One action by slug, from the cached list: a made-up slug costs no request of its own. */
export async function getWriteToMpAction(slug: string): Promise<WriteToMpAction | null> {
  if (!isSlug(slug)) return null;
  return (await getWriteToMpActions()).find((a) => a.slug === slug) ?? null;
}

/** The actions a page promotes: those an editor placed there, the ones serving an ask, or the ones an article ends with. */
export async function getActionsShownOn(place: ActionPlacement | { ask: string } | { article: string }): Promise<WriteToMpAction[]> {
  const all = await getWriteToMpActions();
  if (typeof place === 'string') return all.filter((a) => a.showOn.includes(place));
  if ('article' in place) return all.filter((a) => a.articleSlugs.includes(place.article));
  // Every ask page offers something to do: its own actions, or all of them while it has none.
  const own = all.filter((a) => a.policyAsk.slug === place.ask);
  return own.length > 0 ? own : all;
}
