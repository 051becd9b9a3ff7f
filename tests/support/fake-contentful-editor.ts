import http from 'node:http';
import type { Page } from '@playwright/test';
import { parse } from 'flatted';

/**
 * A loopback page standing in for Contentful's entry editor with Live Preview open: it frames
 * the site (`/?src=<url>`), records every message the site's Live Preview SDK posts to it, and
 * posts messages back the way the editor does. It is served from its own origin, which the site
 * is started with as CONTENTFUL_APP_ORIGIN.
 */
export interface SdkMessage {
  origin: string;
  data: { method?: string; source?: string; id?: string; config?: string; [key: string]: unknown };
}

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fake Contentful editor</title></head>
<body><iframe id="preview" title="Live preview" width="1000" height="800"></iframe>
<script>
  window.__sdk = [];
  window.addEventListener('message', (event) => window.__sdk.push({ origin: event.origin, data: event.data }));
  document.getElementById('preview').src = new URLSearchParams(location.search).get('src');
</script></body></html>`;

export async function startFakeEditor(port: number): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(PAGE);
  });
  // Every loopback address: the browser may reach "localhost" over IPv6 or IPv4.
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function editorUrl(origin: string, src: string): string {
  return `${origin}/?src=${encodeURIComponent(src)}`;
}

export async function sdkMessages(page: Page): Promise<SdkMessage[]> {
  return page.evaluate(() => (window as unknown as { __sdk: SdkMessage[] }).__sdk);
}

/** The entry a SUBSCRIBED message carries, as the editor reads it from the message's config. */
export function subscribedEntry(message: SdkMessage): { sys: { id: string }; fields: Record<string, unknown> } {
  return (parse(message.data.config ?? 'null') as { data: { sys: { id: string }; fields: Record<string, unknown> } }).data;
}

/** The subscription the SDK opened for an entry, once it has. */
export async function subscriptionFor(page: Page, entryId: string): Promise<{ id: string; entry: ReturnType<typeof subscribedEntry> }> {
  for (let i = 0; i < 100; i += 1) {
    const found = (await sdkMessages(page)).find((m) => m.data.method === 'SUBSCRIBED' && subscribedEntry(m).sys.id === entryId);
    if (found) return { id: String(found.data.id), entry: subscribedEntry(found) };
    await page.waitForTimeout(100);
  }
  throw new Error(`The SDK never subscribed to entry ${entryId}`);
}

/** Posts to the framed site as the editor does (source live-preview-editor). */
export async function postToPreview(page: Page, message: Record<string, unknown>) {
  await page.evaluate((m) => {
    (document.getElementById('preview') as HTMLIFrameElement).contentWindow?.postMessage({ source: 'live-preview-editor', ...m }, '*');
  }, message);
}
