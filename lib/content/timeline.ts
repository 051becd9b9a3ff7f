import 'server-only';
import { z } from 'zod';
import type { EntriesApi } from './core/client';
import type { ContentTypeInfo } from './core/content-type';
import { allEntries, mapAll, parseFields, type RawEntry } from './core/entries';
import { date, text } from './core/fields';
import { cachedRead, isPreview } from './core/read';

/** Timeline events: the dated milestones on /timeline (and the home page). */

export const TIMELINE_TAG = 'content:timeline';

export const TIMELINE_CATEGORIES = ['legal', 'parliament', 'campaign'] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export const timelineEventFields = z.object({
  date,
  title: text(120),
  description: text(600),
  link: z
    .string()
    .max(300)
    .regex(/^(\/|https:\/\/)/)
    .optional(),
  category: z.enum(TIMELINE_CATEGORIES),
});

export const timelineType = { id: 'timelineEvent', tag: TIMELINE_TAG, fields: timelineEventFields, map: toTimelineEvent, shownOn: '/timeline' } as const satisfies ContentTypeInfo;

export interface TimelineEvent {
  id: string;
  date: string;
  title: string;
  description: string;
  link: string | null;
  category: TimelineCategory;
}

export function toTimelineEvent(entry: RawEntry): TimelineEvent | null {
  const f = parseFields('timelineEvent', timelineEventFields, entry);
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

export async function fetchTimelineEvents(client: EntriesApi) {
  return mapAll(await allEntries(client, 'timelineEvent', { order: 'fields.date,sys.id' }), toTimelineEvent);
}

export async function getTimelineEvents(): Promise<TimelineEvent[]> {
  return cachedRead(await isPreview(), { name: 'timeline', args: [], tags: [TIMELINE_TAG] }, fetchTimelineEvents);
}
