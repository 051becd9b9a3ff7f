import 'server-only';
import { z } from 'zod';
import type { ContentTypeInfo } from './core/content-type';
import { parseFields, type RawEntry } from './core/entries';
import { date, text } from './core/fields';
import { isPreview, readList, type ListRead } from './core/read';

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
  return f && { id: entry.sys.id, ...f, link: f.link ?? null };
}

/** Oldest first: the timeline reads as a story. */
export const timelineList = { name: 'timeline', type: 'timelineEvent', query: { order: 'fields.date,sys.id' }, map: toTimelineEvent, tags: [TIMELINE_TAG] } satisfies ListRead<TimelineEvent>;

export async function getTimelineEvents(): Promise<TimelineEvent[]> {
  return readList(await isPreview(), timelineList);
}
