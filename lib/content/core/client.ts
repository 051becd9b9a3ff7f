import 'server-only';
import { createClient } from 'contentful';
import { env } from '@/lib/env';
import { createLocalAdapter, SEED_SPACE_ID, type ApiMode } from './local-adapter';

/** The slice of the SDK our fetchers use; keeps the vendor type out of everything else. */
export interface EntriesApi {
  getEntries(query: Record<string, unknown>): Promise<{ items: unknown[]; total: number; skip: number; limit: number }>;
}

export interface ClientOptions {
  mode: ApiMode;
  source: 'local' | 'contentful';
  spaceId?: string | undefined;
  environment: string;
  deliveryToken?: string | undefined;
  previewToken?: string | undefined;
  cdaUrl: string;
  cpaUrl: string;
  retryLimit: number;
  timeoutMs: number;
}

export class ContentConfigError extends Error {
  override name = 'ContentConfigError';
}

/**
 * Builds an SDK client. Local mode keeps the real SDK and swaps only its HTTP adapter, so
 * queries, link resolution and errors behave as they do against Contentful.
 */
export function buildClient(options: ClientOptions): EntriesApi {
  if (options.source === 'local') {
    return createClient({
      space: SEED_SPACE_ID,
      environment: 'master',
      accessToken: 'local-seed',
      host: options.mode === 'preview' ? 'preview.contentful.com' : 'cdn.contentful.com',
      retryLimit: 0,
      adapter: createLocalAdapter(options.mode),
    } as unknown as Parameters<typeof createClient>[0]).withoutUnresolvableLinks as unknown as EntriesApi;
  }
  const token = options.mode === 'preview' ? options.previewToken : options.deliveryToken;
  if (!options.spaceId || !token) {
    throw new ContentConfigError(
      options.mode === 'preview'
        ? 'CONTENTFUL_PREVIEW_TOKEN is required to preview drafts from Contentful'
        : 'CONTENTFUL_SPACE_ID and CONTENTFUL_DELIVERY_TOKEN are required when CONTENT_SOURCE=contentful',
    );
  }
  const base = new URL(options.mode === 'preview' ? options.cpaUrl : options.cdaUrl);
  return createClient({
    space: options.spaceId,
    environment: options.environment,
    accessToken: token,
    host: base.host,
    insecure: base.protocol === 'http:',
    retryLimit: options.retryLimit,
    timeout: options.timeoutMs,
    retryOnError: options.retryLimit > 0,
  }).withoutUnresolvableLinks as unknown as EntriesApi;
}

const clients = new Map<ApiMode, EntriesApi>();

export function getClient(mode: ApiMode): EntriesApi {
  let client = clients.get(mode);
  if (!client) {
    client = buildClient({
      mode,
      source: env.CONTENT_SOURCE,
      spaceId: env.CONTENTFUL_SPACE_ID,
      environment: env.CONTENTFUL_ENVIRONMENT,
      deliveryToken: env.CONTENTFUL_DELIVERY_TOKEN,
      previewToken: env.CONTENTFUL_PREVIEW_TOKEN,
      cdaUrl: env.CONTENTFUL_CDA_URL,
      cpaUrl: env.CONTENTFUL_CPA_URL,
      retryLimit: env.CONTENTFUL_RETRY_LIMIT,
      timeoutMs: env.CONTENTFUL_TIMEOUT_MS,
    });
    clients.set(mode, client);
  }
  return client;
}
