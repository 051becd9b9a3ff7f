import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyFilters, applyOrder, QueryError, type CdaItem } from './local-query';

/**
 * An offline Contentful: answers the Delivery/Preview REST requests the contentful SDK sends,
 * from the committed seed export. It plugs in as the SDK's axios `adapter`, so the SDK's own
 * query building, link resolution and error handling run exactly as against the real API.
 */

type Localised = Record<string, unknown>;
interface ExportSys {
  id: string;
  type: string;
  createdAt?: string;
  updatedAt?: string;
  version?: number;
  publishedVersion?: number;
  publishedCounter?: number;
  archivedVersion?: number;
  contentType?: { sys: { id: string } };
}
interface ExportItem {
  sys: ExportSys;
  fields: Record<string, Localised>;
  metadata?: unknown;
}
interface SeedSpace {
  entries: ExportItem[];
  assets: ExportItem[];
  locales: { code: string; default?: boolean; name?: string; fallbackCode?: string | null }[];
  contentTypes: unknown[];
  snapshots: Record<string, { fields: Record<string, Localised> }>;
}

export type ApiMode = 'delivery' | 'preview';


export const SEED_SPACE_ID = 'fixthecms-seed';
const SEED_DIR = path.join(process.cwd(), 'content-models', 'seed');
const MAX_LIMIT = 1000;

let seedPromise: Promise<SeedSpace> | null = null;

async function loadSeed(): Promise<SeedSpace> {
  seedPromise ??= (async () => {
    const [space, snapshots] = await Promise.all([
      readFile(path.join(SEED_DIR, 'export.json'), 'utf8').then((t) => JSON.parse(t) as Omit<SeedSpace, 'snapshots'>),
      readFile(path.join(SEED_DIR, 'published-snapshots.json'), 'utf8')
        .then((t) => JSON.parse(t) as SeedSpace['snapshots'])
        .catch(() => ({})),
    ]);
    return { ...space, snapshots };
  })();
  return seedPromise;
}

function isPublished(sys: ExportSys): boolean {
  return typeof sys.publishedVersion === 'number' && sys.archivedVersion === undefined;
}

function hasPendingChanges(sys: ExportSys): boolean {
  return isPublished(sys) && (sys.version ?? 0) > (sys.publishedVersion ?? 0) + 1;
}

function delocalise(fields: Record<string, Localised>, locale: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value && typeof value === 'object' && locale in value) out[key] = value[locale];
  }
  return out;
}

function rewriteAssetFile(fields: Record<string, unknown>): Record<string, unknown> {
  const file = fields.file as { fileName?: string } | undefined;
  if (!file?.fileName) return fields;
  return { ...fields, file: { ...file, url: `/seed-assets/${file.fileName}` } };
}

/** The space as one API (Delivery or Preview) sees it: which items exist and with which fields. */
function view(seed: SeedSpace, mode: ApiMode, locale: string) {
  const toCda = (item: ExportItem, kind: 'Entry' | 'Asset'): CdaItem => {
    const useSnapshot = mode === 'delivery' && hasPendingChanges(item.sys) && seed.snapshots[item.sys.id];
    const rawFields = useSnapshot ? seed.snapshots[item.sys.id]!.fields : item.fields;
    const fields = delocalise(rawFields, locale);
    return {
      metadata: item.metadata ?? { tags: [] },
      sys: {
        space: { sys: { type: 'Link', linkType: 'Space', id: SEED_SPACE_ID } },
        environment: { sys: { id: 'master', type: 'Link', linkType: 'Environment' } },
        id: item.sys.id,
        type: kind,
        createdAt: item.sys.createdAt,
        updatedAt: item.sys.updatedAt,
        revision: mode === 'delivery' ? (item.sys.publishedCounter ?? 1) : 0,
        locale,
        ...(kind === 'Entry' ? { contentType: { sys: { type: 'Link', linkType: 'ContentType', id: item.sys.contentType?.sys.id } } } : {}),
      },
      fields: kind === 'Asset' ? rewriteAssetFile(fields) : fields,
    };
  };
  const visible = (item: ExportItem) => (mode === 'preview' ? item.sys.archivedVersion === undefined : isPublished(item.sys));
  return {
    entries: seed.entries.filter(visible).map((e) => toCda(e, 'Entry')),
    assets: seed.assets.filter(visible).map((a) => toCda(a, 'Asset')),
  };
}

type LinkRef = { linkType: 'Entry' | 'Asset'; id: string };

function collectLinks(value: unknown, out: LinkRef[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collectLinks(v, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const sys = (value as { sys?: { type?: string; linkType?: string; id?: string } }).sys;
  if (sys?.type === 'Link' && (sys.linkType === 'Entry' || sys.linkType === 'Asset') && sys.id) {
    out.push({ linkType: sys.linkType, id: sys.id });
    return;
  }
  for (const v of Object.values(value)) collectLinks(v, out);
}

/** Walks links breadth-first up to `depth` levels, as the CDA's `include` does. */
function resolveIncludes(items: CdaItem[], all: ReturnType<typeof view>, depth: number) {
  const entriesById = new Map(all.entries.map((e) => [e.sys.id as string, e]));
  const assetsById = new Map(all.assets.map((a) => [a.sys.id as string, a]));
  const seen = new Set(items.map((i) => `Entry:${String(i.sys.id)}`));
  const includes = { Entry: [] as CdaItem[], Asset: [] as CdaItem[] };
  let frontier = items;
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const links: LinkRef[] = [];
    for (const item of frontier) collectLinks(item.fields, links);
    const next: CdaItem[] = [];
    for (const link of links) {
      const key = `${link.linkType}:${link.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const target = link.linkType === 'Entry' ? entriesById.get(link.id) : assetsById.get(link.id);
      if (!target) continue;
      includes[link.linkType].push(target);
      if (link.linkType === 'Entry') next.push(target);
    }
    frontier = next;
  }
  return includes;
}


function collection(items: CdaItem[], total: number, skip: number, limit: number, includes?: object) {
  return { sys: { type: 'Array' }, total, skip, limit, items, ...(includes ? { includes } : {}) };
}

function errorBody(id: string, message: string) {
  return { sys: { type: 'Error', id }, message, requestId: 'local-seed' };
}

export interface LocalResponse {
  status: number;
  data: unknown;
}

/** Answers one CDA/CPA request path + query from the seed space. Exported for tests. */
export async function answerLocal(urlPath: string, params: Record<string, unknown>, mode: ApiMode): Promise<LocalResponse> {
  const seed = await loadSeed();
  const locale = seed.locales.find((l) => l.default)?.code ?? 'en-GB';
  const all = view(seed, mode, locale);
  const match = /\/spaces\/([^/]+)(?:\/environments\/([^/]+))?(\/[a-z_]+)?(?:\/([^/?]+))?/.exec(urlPath);
  if (!match) return { status: 404, data: errorBody('NotFound', 'The resource could not be found.') };
  const resource = match[3] ?? '';
  const id = match[4];
  const limit = Math.min(Number(params.limit ?? 100) || 100, MAX_LIMIT);
  const skip = Math.max(Number(params.skip ?? 0) || 0, 0);

  try {
    switch (resource) {
      case '':
        return { status: 200, data: { sys: { type: 'Space', id: SEED_SPACE_ID }, name: 'FixTheCMS seed', locales: seed.locales } };
      case '/locales':
        return { status: 200, data: collection(seed.locales.map((l) => ({ ...l, sys: { id: l.code, type: 'Locale' } })) as never, seed.locales.length, 0, 1000) };
      case '/content_types': {
        const types = seed.contentTypes as { sys: { id: string } }[];
        if (id) {
          const type = types.find((t) => t.sys.id === id);
          return type ? { status: 200, data: type } : { status: 404, data: errorBody('NotFound', 'The resource could not be found.') };
        }
        return { status: 200, data: collection(types as never, types.length, 0, 1000) };
      }
      case '/assets': {
        if (id) {
          const asset = all.assets.find((a) => a.sys.id === id);
          return asset ? { status: 200, data: asset } : { status: 404, data: errorBody('NotFound', 'The resource could not be found.') };
        }
        const found = applyOrder(applyFilters(all.assets, params), params.order);
        return { status: 200, data: collection(found.slice(skip, skip + limit), found.length, skip, limit) };
      }
      case '/entries': {
        if (id) {
          const entry = all.entries.find((e) => e.sys.id === id);
          return entry ? { status: 200, data: entry } : { status: 404, data: errorBody('NotFound', 'The resource could not be found.') };
        }
        const found = applyOrder(applyFilters(all.entries, params), params.order);
        const page = found.slice(skip, skip + limit);
        const depth = Math.min(Math.max(Number(params.include ?? 1), 0), 10);
        return { status: 200, data: collection(page, found.length, skip, limit, resolveIncludes(page, all, depth)) };
      }
      default:
        return { status: 404, data: errorBody('NotFound', 'The resource could not be found.') };
    }
  } catch (error) {
    if (error instanceof QueryError) return { status: 400, data: errorBody('InvalidQuery', error.message) };
    throw error;
  }
}

interface AdapterConfig {
  url?: string;
  baseURL?: string;
  params?: Record<string, unknown>;
  method?: string;
}

/** The axios adapter the SDK calls; a non-2xx answer rejects the way axios does, so the SDK's error handling runs. */
export function createLocalAdapter(mode: ApiMode) {
  return async (config: AdapterConfig) => {
    const url = new URL(config.url ?? '', config.baseURL ?? 'http://local.invalid');
    const params = { ...Object.fromEntries(url.searchParams), ...(config.params ?? {}) };
    const { status, data } = await answerLocal(url.pathname, params, mode);
    const response = { data, status, statusText: status === 200 ? 'OK' : 'Error', headers: { 'content-type': 'application/json' }, config, request: {} };
    if (status >= 200 && status < 300) return response;
    const error = Object.assign(new Error(`Request failed with status code ${status}`), {
      isAxiosError: true,
      config,
      response,
      request: {},
    });
    throw error;
  };
}
