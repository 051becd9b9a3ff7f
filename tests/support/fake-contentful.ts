import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerLocal } from '@/lib/content/core/local-adapter';

/**
 * A loopback server speaking Contentful's Delivery/Preview REST protocol, backed by the seed
 * space. Tests point the real SDK (or the running site) at it and then change what it serves
 * or make it fail, to exercise the site's Contentful mode without the internet.
 */
export const FAKE_DELIVERY_TOKEN = 'fake-delivery-token';
export const FAKE_PREVIEW_TOKEN = 'fake-preview-token';
export const FAKE_SPACE_ID = 'fake-space';

/** What a site needs to read content from a fake at `url`, both APIs, failing at once rather than retrying. */
export function fakeContentfulEnv(url: string): Record<string, string> {
  return {
    CONTENT_SOURCE: 'contentful',
    CONTENTFUL_SPACE_ID: FAKE_SPACE_ID,
    CONTENTFUL_DELIVERY_TOKEN: FAKE_DELIVERY_TOKEN,
    CONTENTFUL_PREVIEW_TOKEN: FAKE_PREVIEW_TOKEN,
    CONTENTFUL_CDA_URL: url,
    CONTENTFUL_CPA_URL: url,
    CONTENTFUL_RETRY_LIMIT: '0',
  };
}

export interface RecordedRequest {
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
}

export interface FakeContentful {
  url: string;
  requests: RecordedRequest[];
  /** Overrides fields of an entry in every answer, as if it had been edited and published. */
  overrideFields(entryId: string, fields: Record<string, unknown>): void;
  /** Overrides fields in Preview API answers only, as if edited and saved but not published. */
  overrideDraftFields(entryId: string, fields: Record<string, unknown>): void;
  /** Hides an entry, as if it had been unpublished. */
  hide(entryId: string): void;
  failWith(status: number | null): void;
  delayBy(ms: number): void;
  reset(): void;
  close(): Promise<void>;
}

type Item = { sys: { id: string }; fields: Record<string, unknown> };

export async function startFakeContentful(port = 0): Promise<FakeContentful> {
  const overrides = new Map<string, Record<string, unknown>>();
  const draftOverrides = new Map<string, Record<string, unknown>>();
  const hidden = new Set<string>();
  let failure: number | null = null;
  let delay = 0;
  const requests: RecordedRequest[] = [];

  const patcher = (mode: 'delivery' | 'preview') => (item: Item) => {
    const extra = { ...overrides.get(item.sys.id), ...(mode === 'preview' ? draftOverrides.get(item.sys.id) : undefined) };
    return Object.keys(extra).length > 0 ? { ...item, fields: { ...item.fields, ...extra } } : item;
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams);
    const authorization = req.headers.authorization;
    requests.push({ path: url.pathname, query, authorization });
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    res.setHeader('content-type', 'application/vnd.contentful.delivery.v1+json');
    if (failure) {
      res.statusCode = failure;
      res.end(JSON.stringify({ sys: { type: 'Error', id: 'ServerError' }, message: 'Injected failure' }));
      return;
    }
    const token = authorization?.replace(/^Bearer /, '');
    if (token !== FAKE_DELIVERY_TOKEN && token !== FAKE_PREVIEW_TOKEN) {
      res.statusCode = 401;
      res.end(JSON.stringify({ sys: { type: 'Error', id: 'AccessTokenInvalid' }, message: 'The access token you sent could not be found or is invalid.' }));
      return;
    }
    const mode = token === FAKE_PREVIEW_TOKEN ? 'preview' : 'delivery';
    const answer = await answerLocal(url.pathname, query, mode);
    const patch = patcher(mode);
    const data = answer.data as { items?: Item[]; total?: number; includes?: { Entry?: Item[] } };
    if (Array.isArray(data.items)) {
      const before = data.items.length;
      data.items = data.items.filter((i) => !hidden.has(i.sys.id)).map(patch);
      data.total = (data.total ?? before) - (before - data.items.length);
      if (data.includes?.Entry) data.includes.Entry = data.includes.Entry.filter((i) => !hidden.has(i.sys.id)).map(patch);
    }
    res.statusCode = answer.status;
    res.end(JSON.stringify(data));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${actualPort}`,
    requests,
    overrideFields: (id, fields) => overrides.set(id, { ...overrides.get(id), ...fields }),
    overrideDraftFields: (id, fields) => draftOverrides.set(id, { ...draftOverrides.get(id), ...fields }),
    hide: (id) => hidden.add(id),
    failWith: (status) => {
      failure = status;
    },
    delayBy: (ms) => {
      delay = ms;
    },
    reset: () => {
      overrides.clear();
      draftOverrides.clear();
      hidden.clear();
      failure = null;
      delay = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
