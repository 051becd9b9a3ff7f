import { draftMode } from 'next/headers';
import { z } from 'zod';
import { ContentUnavailableError } from '@/lib/content/core/entries';
import { liveEntries, LIVE_MAX_ENTRIES, mapLiveEntry } from '@/lib/content/live';
import { guardJson } from '@/lib/security/request';

/**
 * Live Preview's two calls from the editor's iframe, in draft mode only (anyone else gets the
 * same 404 as any unknown path): GET the raw entries the page shows, to subscribe the SDK with;
 * POST one entry as the editor holds it, to get it back as our own type.
 */
const NO_STORE = { 'Cache-Control': 'no-store' };
const notFound = () => Response.json({ error: 'not_found' }, { status: 404, headers: NO_STORE });
// An entry with a long rich text body and its resolved links stays well under this.
const MAX_ENTRY_BYTES = 512 * 1024;

const updateSchema = z.object({ entry: z.object({ sys: z.object({ id: z.string() }).loose(), fields: z.record(z.string(), z.unknown()) }).loose() });

export async function GET(request: Request) {
  if (!(await draftMode()).isEnabled) return notFound();
  const ids = new URL(request.url).searchParams.getAll('id').slice(0, LIVE_MAX_ENTRIES);
  try {
    return Response.json({ items: await liveEntries(ids) }, { headers: NO_STORE });
  } catch (error) {
    if (!(error instanceof ContentUnavailableError)) throw error;
    return Response.json({ error: 'unavailable' }, { status: 503, headers: NO_STORE });
  }
}

export async function POST(request: Request) {
  if (!(await draftMode()).isEnabled) return notFound();
  const guarded = await guardJson(request, updateSchema, { maxBytes: MAX_ENTRY_BYTES });
  if (!guarded.ok) return guarded.response;
  const mapped = mapLiveEntry(guarded.data.entry);
  // Not valid yet (a required field is empty mid-edit): the page keeps what it shows.
  if (!mapped) return Response.json({ error: 'not_valid_yet' }, { status: 422, headers: NO_STORE });
  return Response.json(mapped, { headers: NO_STORE });
}
