import 'server-only';
import { z } from 'zod';
import type { EntriesApi } from './core/client';
import type { ContentTypeInfo } from './core/content-type';
import { entries, parseFields, type RawEntry } from './core/entries';
import { text } from './core/fields';
import { cachedRead, isPreview } from './core/read';

/** Site settings: one entry with the campaign's name, strapline, quick-exit destination and footer. */

export const SETTINGS_TAG = 'content:settings';

export const siteSettingsFields = z.object({
  campaignName: text(60),
  strapline: text(200),
  exitDestinationUrl: z.string().regex(/^https:\/\//),
  footerText: text(600),
  donateIntro: text(400),
});

export const siteSettingsType = {
  id: 'siteSettings',
  tag: SETTINGS_TAG,
  fields: siteSettingsFields,
  map: toSiteSettings,
  shownOn: '/',
} as const satisfies ContentTypeInfo;

export type SiteSettings = z.infer<typeof siteSettingsFields>;

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  campaignName: '#FixTheCMS',
  strapline: 'Children are owed maintenance. The Child Maintenance Service must collect it.',
  exitDestinationUrl: 'https://www.bbc.co.uk/weather',
  footerText: 'This site supports the #FixTheCMS campaign. It is not a government website.',
  donateIntro: 'Gifts fund research, support for the legal case and the running of this site.',
};

export function toSiteSettings(entry: RawEntry): SiteSettings | null {
  return parseFields('siteSettings', siteSettingsFields, entry);
}

export async function fetchSiteSettings(client: EntriesApi) {
  const { items } = await entries(client, 'siteSettings', { limit: 1 });
  const first = items[0];
  return first ? toSiteSettings(first) : null;
}

/** Site settings never fail the shell: a missing or invalid entry falls back to safe defaults. */
export async function getSiteSettings(): Promise<SiteSettings> {
  try {
    const settings = await cachedRead(await isPreview(), { name: 'siteSettings', args: [], tags: [SETTINGS_TAG] }, fetchSiteSettings);
    return settings ?? DEFAULT_SITE_SETTINGS;
  } catch {
    return DEFAULT_SITE_SETTINGS;
  }
}
