/**
 * The query part of the offline Contentful (local-adapter.ts): the CDA's field filters
 * (`fields.x`, `[in]`, `[lt]` …) and `order`, applied to the seed's entries as Contentful would.
 */

/** A query the CDA would refuse: answered with a 400, as Contentful does. */
export class QueryError extends Error {}

export type CdaItem = { sys: Record<string, unknown>; fields: Record<string, unknown>; metadata: unknown };

function fieldValue(item: CdaItem, key: string): unknown {
  const [scope, name] = key.split('.', 2);
  if (!name) return undefined;
  if (scope === 'sys') return name === 'contentType' ? (item.sys.contentType as { sys: { id: string } })?.sys.id : item.sys[name];
  if (scope === 'fields') return item.fields[name];
  return undefined;
}

function matchesValue(actual: unknown, expected: string): boolean {
  if (Array.isArray(actual)) return actual.some((v) => String(v) === expected);
  return actual !== undefined && String(actual) === expected;
}

function compare(actual: unknown, op: string, expected: string): boolean {
  if (actual === undefined || actual === null) return false;
  const a = String(actual);
  switch (op) {
    case 'lt':
      return a < expected;
    case 'lte':
      return a <= expected;
    case 'gt':
      return a > expected;
    case 'gte':
      return a >= expected;
    default:
      return false;
  }
}

const IGNORED_PARAMS = new Set(['include', 'limit', 'skip', 'order', 'locale', 'select', 'content_type']);

/** Applies the CDA search parameters the site uses; an unknown operator is a 400 as on the real API. */
export function applyFilters(items: CdaItem[], params: Record<string, unknown>): CdaItem[] {
  let result = items;
  if (params.content_type) result = result.filter((i) => fieldValue(i, 'sys.contentType') === String(params.content_type));
  for (const [rawKey, rawValue] of Object.entries(params)) {
    if (IGNORED_PARAMS.has(rawKey) || rawValue === undefined) continue;
    const value = String(rawValue);
    const match = /^(sys|fields)\.([A-Za-z0-9_]+)(?:\[(in|nin|ne|lt|lte|gt|gte|exists)\])?$/.exec(rawKey);
    if (!match) throw new QueryError(`Unsupported query parameter ${rawKey}`);
    const key = `${match[1]}.${match[2]}`;
    const op = match[3];
    result = result.filter((item) => {
      const actual = fieldValue(item, key);
      switch (op) {
        case undefined:
          return matchesValue(actual, value);
        case 'in':
          return value.split(',').some((v) => matchesValue(actual, v));
        case 'nin':
          return !value.split(',').some((v) => matchesValue(actual, v));
        case 'ne':
          return !matchesValue(actual, value);
        case 'exists':
          return (actual !== undefined) === (value === 'true');
        default:
          return compare(actual, op, value);
      }
    });
  }
  return result;
}

export function applyOrder(items: CdaItem[], order: unknown): CdaItem[] {
  if (!order) return items;
  const keys = String(order)
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => (k.startsWith('-') ? { key: k.slice(1), dir: -1 } : { key: k, dir: 1 }));
  return [...items].sort((a, b) => {
    for (const { key, dir } of keys) {
      const av = fieldValue(a, key);
      const bv = fieldValue(b, key);
      if (av === bv) continue;
      if (av === undefined) return 1;
      if (bv === undefined) return -1;
      const cmp = typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv));
      if (cmp !== 0) return cmp * dir;
    }
    return 0;
  });
}
