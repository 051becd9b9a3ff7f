import 'server-only';
import { z } from 'zod';
import type { ContentTypeInfo } from './core/content-type';
import { parseFields, type RawEntry } from './core/entries';
import { date, text } from './core/fields';
import { isPreview, readList, type ListRead } from './core/read';

/** Campaign stats: the figures on the home page (no pages of their own). */

export const STATS_TAG = 'content:stats';

export const campaignStatFields = z.object({
  value: text(20),
  label: text(160),
  source: text(160),
  date,
  order: z.number().int(),
});

export const statsType = { id: 'campaignStat', tag: STATS_TAG, fields: campaignStatFields, map: toCampaignStat, shownOn: '/' } as const satisfies ContentTypeInfo;

export type CampaignStat = { id: string } & z.infer<typeof campaignStatFields>;

export function toCampaignStat(entry: RawEntry): CampaignStat | null {
  const f = parseFields('campaignStat', campaignStatFields, entry);
  return f ? { id: entry.sys.id, ...f } : null;
}

/** In the editors' order. */
export const statsList = { name: 'stats', type: 'campaignStat', query: { order: 'fields.order,sys.id' }, map: toCampaignStat, tags: [STATS_TAG] } satisfies ListRead<CampaignStat>;

export async function getCampaignStats(): Promise<CampaignStat[]> {
  return readList(await isPreview(), statsList);
}
