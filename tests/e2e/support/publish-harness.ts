import { WEBHOOK_SECRET_HEADER } from '@/lib/content/webhook-topics';
import { fakeContentfulEnv, startFakeContentful, type FakeContentful } from '../../support/fake-contentful';
import { startImage, type ImageServer } from '../../support/image-server';
import { E2E_ENV } from '../env';

/**
 * The site in Contentful mode against a loopback Contentful: a second server, laid out and started
 * as the image is, on the port after the Playwright web server's, the fake on the one after that.
 */
export const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
export const CONTENTFUL_TIMEOUT_MS = 1000;

export interface Harness {
  fake: FakeContentful;
  site: ImageServer;
  stop(): Promise<void>;
}

/** `offset` moves both ports, so specs running at once each get their own pair; `env` adds to the site's. */
export async function startHarness(offset = 1, env: Record<string, string> = {}): Promise<Harness> {
  const fake = await startFakeContentful(BASE_PORT + offset + 1);
  try {
    const site = await startImage(BASE_PORT + offset, {
      ...E2E_ENV,
      ...fakeContentfulEnv(fake.url),
      CONTENTFUL_TIMEOUT_MS: String(CONTENTFUL_TIMEOUT_MS),
      ...env,
    });
    return { fake, site, stop: async () => void (await Promise.all([site.stop(), fake.close()])) };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

const contentTypeLink = (id: string) => ({ sys: { type: 'Link', linkType: 'ContentType', id } });

export const payloads = {
  publish: (id: string, type: string, fields: Record<string, unknown> = {}) => ({
    sys: { id, type: 'Entry', contentType: contentTypeLink(type) },
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { 'en-GB': v }])),
  }),
  /** Unpublish/delete "tombstones" carry sys only; the content type is there only sometimes. */
  tombstone: (id: string, type?: string) => ({ sys: { id, type: 'DeletedEntry', ...(type ? { contentType: contentTypeLink(type) } : {}) } }),
};

export interface WebhookOptions {
  secret?: string | null;
  contentType?: string;
  rawBody?: string;
}

export function postWebhook(siteUrl: string, topic: string, body: unknown, options: WebhookOptions = {}) {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/vnd.contentful.management.v1+json',
    'x-contentful-topic': topic,
  };
  const secret = options.secret === undefined ? E2E_ENV.CONTENTFUL_WEBHOOK_SECRET : options.secret;
  if (secret !== null) headers[WEBHOOK_SECRET_HEADER] = secret;
  return fetch(`${siteUrl}/api/revalidate`, { method: 'POST', headers, body: options.rawBody ?? JSON.stringify(body) });
}

export async function getHtml(url: string): Promise<{ status: number; html: string; cacheControl: string | null }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  return { status: res.status, html: await res.text(), cacheControl: res.headers.get('cache-control') };
}

/** Polls until the page contains `text`; returns the milliseconds it took. */
export async function timeUntilServed(url: string, text: string, since: number, limitMs = 10_000): Promise<number> {
  while (Date.now() - since < limitMs) {
    const { html } = await getHtml(url);
    if (html.includes(text)) return Date.now() - since;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`"${text}" not served at ${url} within ${limitMs} ms`);
}
