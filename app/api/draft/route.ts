import { draftMode } from 'next/headers';
import { ContentUnavailableError } from '@/lib/content/core/entries';
import { isContentType } from '@/lib/content/registry';
import { previewPathFor } from '@/lib/content/preview';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { safeEqual } from '@/lib/security/compare';
import { isLocalPath } from '@/lib/security/local-path';

const NO_STORE = { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' };

function plain(status: number, text: string) {
  return new Response(text, { status, headers: NO_STORE });
}

/**
 * Contentful's "Open preview" link lands here. The secret is checked first and every refusal
 * looks the same, so the route tells a stranger nothing; the redirect target comes from the
 * entry found through the Preview API, never from the query string.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  if (!safeEqual(params.get('secret'), env.CONTENTFUL_PREVIEW_SECRET)) return plain(401, 'Unauthorised');

  const type = params.get('type');
  if (!isContentType(type)) return plain(404, 'No such entry');
  let path: string | null;
  try {
    path = await previewPathFor(type, { slug: params.get('slug'), id: params.get('id') });
  } catch (error) {
    if (!(error instanceof ContentUnavailableError)) throw error;
    log('warn', 'draft.lookup_failed', { type });
    return plain(503, 'Preview is not available right now. Please try again in a minute.');
  }
  if (!path || !isLocalPath(path)) return plain(404, 'No such entry');

  (await draftMode()).enable();
  // A relative Location keeps the editor on whichever host they came in on.
  return new Response(null, { status: 307, headers: { ...NO_STORE, Location: path } });
}
