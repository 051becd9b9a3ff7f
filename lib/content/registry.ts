import { asksType } from './asks';
import type { ContentTypeInfo } from './core/content-type';
import { newsType } from './news';
import { openLettersType } from './open-letters';
import { pagesType } from './pages';
import { researchType } from './research';
import { siteSettingsType } from './site-settings';
import { statsType } from './stats';
import { timelineType } from './timeline';
import { talkingPointType, writeToMpType } from './write-to-mp';

/**
 * Every content type the site renders, gathered from the type modules. The publish webhook
 * and editors' preview links read this (entry paths are in paths.ts); a new type module is added here once.
 */
const TYPES = [newsType, researchType, asksType, statsType, timelineType, pagesType, siteSettingsType, openLettersType, writeToMpType, talkingPointType] as const;

export type ContentType = (typeof TYPES)[number]['id'];

export const CONTENT_TYPES = Object.fromEntries(TYPES.map((t) => [t.id, t])) as { [T in (typeof TYPES)[number] as T['id']]: T };

const info = (type: ContentType): ContentTypeInfo => CONTENT_TYPES[type];

export function isContentType(value: string | null | undefined): value is ContentType {
  return !!value && Object.hasOwn(CONTENT_TYPES, value);
}

/** One zod schema per content type, keyed by Contentful content type id. */
export const fieldSchemas = Object.fromEntries(TYPES.map((t) => [t.id, t.fields])) as { [T in (typeof TYPES)[number] as T['id']]: T['fields'] };

/** The cache tag of each type. */
export const TYPE_TAGS = Object.fromEntries(TYPES.map((t) => [t.id, t.tag])) as Record<ContentType, string>;

/** For types without pages: the page an editor previews an entry on. */
export function shownOn(type: ContentType): string | null {
  return info(type).shownOn ?? null;
}

/** The type tags a change to `type` expires: its own, and those of the types whose pages show it. */
export function tagsAffectedBy(type: ContentType): string[] {
  return [info(type).tag, ...(info(type).affects ?? []).map((t) => info(t as ContentType).tag)];
}

/** Types whose pages show images or files, so an asset change reaches them. */
export const ASSET_USERS: ContentType[] = TYPES.filter((t) => info(t.id).showsAssets).map((t) => t.id);
