import type { z } from 'zod';
import { log } from '@/lib/log.mjs';
import type { EntriesApi } from './client';

/** The least we rely on from an SDK entry; keeps mappers testable with plain objects. */
export interface RawEntry {
  sys: { id: string; updatedAt?: string; contentType?: { sys: { id: string } } };
  fields: Record<string, unknown>;
}

export class ContentUnavailableError extends Error {
  override name = 'ContentUnavailableError';
}

/** One request for entries of a type; an SDK failure becomes ContentUnavailableError. */
export async function entries(client: EntriesApi, type: string, query: Record<string, unknown> = {}) {
  try {
    const result = await client.getEntries({ content_type: type, ...query });
    return { ...result, items: result.items as RawEntry[] };
  } catch (error) {
    // The SDK error carries request details; keep only what helps an operator.
    const status = (error as { status?: number; response?: { status?: number } }).status ?? (error as { response?: { status?: number } }).response?.status;
    throw new ContentUnavailableError(`Contentful request for ${type} failed${status ? ` with status ${status}` : ''}`, { cause: error });
  }
}

/** The most entries Contentful returns for one request. */
export const MAX_PAGE_SIZE = 1000;

/**
 * Every entry of a type matching `query`, fetched a page at a time. Lists also decide which slugs
 * exist (core/read.ts), so an entry past Contentful's per-request limit must not drop out of them.
 */
export async function allEntries(client: EntriesApi, type: string, query: Record<string, unknown>, pageSize = MAX_PAGE_SIZE) {
  const items: RawEntry[] = [];
  for (;;) {
    const page = await entries(client, type, { ...query, limit: pageSize, skip: items.length });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

/**
 * A type's whole list, mapped: what `readList()` (core/read.ts) caches. Uncached, from any
 * client, so tests and scripts read exactly what pages read.
 */
export async function fetchList<T>(client: EntriesApi, { type, query, map }: { type: string; query: Record<string, unknown>; map: (e: RawEntry) => T | null }) {
  return mapAll(await allEntries(client, type, query), map);
}

/** The entry of a type whose slug is `slug`, mapped, or null. */
export async function entryBySlug<T>(client: EntriesApi, type: string, slug: string, include: number, mapper: (e: RawEntry) => T | null) {
  const { items } = await entries(client, type, { 'fields.slug': slug, limit: 1, include });
  const first = items[0];
  return first ? mapper(first) : null;
}

export function mapAll<T>(items: RawEntry[], mapper: (e: RawEntry) => T | null): T[] {
  return items.map(mapper).filter((x): x is T => x !== null);
}

/** Validates an entry's fields; an invalid entry is logged by id and skipped, never thrown. */
export function parseFields<S extends z.ZodType>(type: string, schema: S, entry: RawEntry): z.infer<S> | null {
  const result = schema.safeParse(entry.fields);
  if (result.success) return result.data;
  log('warn', 'content.invalid_entry', {
    contentType: type,
    entryId: entry.sys.id,
    issues: result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
  });
  return null;
}

export function updatedAt(entry: RawEntry): string {
  return entry.sys.updatedAt ?? new Date(0).toISOString();
}
