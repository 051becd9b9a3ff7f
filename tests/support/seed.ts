import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The committed seed space, read as plain JSON: test fixtures come from the same example data the site serves. */
export interface SeedEntry {
  sys: { id: string; version?: number; publishedVersion?: number; contentType: { sys: { id: string } } };
  fields: Record<string, Record<string, unknown>>;
}

const seedDir = path.join(process.cwd(), 'content-models', 'seed');
export const seed = JSON.parse(readFileSync(path.join(seedDir, 'export.json'), 'utf8')) as {
  entries: SeedEntry[];
  assets: SeedEntry[];
  contentTypes: { sys: { id: string }; fields: { id: string; type: string; required: boolean; validations?: unknown[]; items?: { validations?: unknown[] } }[] }[];
};
export const snapshots = JSON.parse(readFileSync(path.join(seedDir, 'published-snapshots.json'), 'utf8')) as Record<
  string,
  { fields: Record<string, Record<string, unknown>> }
>;

export const LOCALE = 'en-GB';

export function field<T = string>(entry: SeedEntry, name: string): T {
  return entry.fields[name]?.[LOCALE] as T;
}

export const isPublished = (e: SeedEntry) => typeof e.sys.publishedVersion === 'number';
export const isChanged = (e: SeedEntry) => isPublished(e) && (e.sys.version ?? 0) > (e.sys.publishedVersion ?? 0) + 1;
export const ofType = (type: string) => seed.entries.filter((e) => e.sys.contentType.sys.id === type);
export const publishedOfType = (type: string) => ofType(type).filter(isPublished);

/** Published news, newest first, as the site lists it. */
export function publishedNewsBySlug() {
  return publishedOfType('newsArticle')
    .map((e) => ({
      id: e.sys.id,
      slug: field(e, 'slug'),
      date: field(e, 'publishDate'),
      title: isChanged(e) ? (snapshots[e.sys.id]?.fields.title?.[LOCALE] as string) : field(e, 'title'),
      tags: field<string[]>(e, 'tags') ?? [],
    }))
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : b.date.localeCompare(a.date)));
}

export const draftNews = () => ofType('newsArticle').filter((e) => !isPublished(e));
export const changedEntries = () => seed.entries.filter(isChanged);
