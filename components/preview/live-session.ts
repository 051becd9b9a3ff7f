import { ContentfulLivePreview } from '@contentful/live-preview';
import { patchEntry, setLiveStatus } from './live-patch';

/**
 * One Live Preview session inside Contentful's editor frame:
 * 1. accept messages only from the Contentful web app's origin (the SDK itself checks just the
 *    message's `source` field, so any other frame on the editor page could post updates);
 * 2. start the SDK: it reports the page's tagged fields to the editor (inspector mode) and posts
 *    its own messages to `appOrigin` only;
 * 3. subscribe with each tagged entry as the Preview API returns it, and for every update the
 *    editor sends, have the server map it to our type and patch the tagged elements.
 */

const ENTRY_ATTRIBUTE = 'data-contentful-entry-id';

export function acceptMessagesOnlyFrom(origin: string): () => void {
  const guard = (event: MessageEvent) => {
    if (event.origin !== origin) event.stopImmediatePropagation();
  };
  // Registered before the SDK's listener and in the capture phase, so it runs first.
  window.addEventListener('message', guard, true);
  return () => window.removeEventListener('message', guard, true);
}

function taggedEntryIds(): string[] {
  const ids = [...document.querySelectorAll(`[${ENTRY_ATTRIBUTE}]`)].map((el) => el.getAttribute(ENTRY_ATTRIBUTE) ?? '');
  return [...new Set(ids.filter(Boolean))];
}

async function fetchEntries(ids: string[]): Promise<unknown[]> {
  if (ids.length === 0) return [];
  const query = new URLSearchParams(ids.map((id) => ['id', id]));
  const response = await fetch(`/api/draft/entries?${query}`, { cache: 'no-store' });
  if (!response.ok) return [];
  const body = (await response.json()) as { items?: unknown[] };
  return body.items ?? [];
}

/** Latest update per entry wins, even if the server answers an older one later. */
function updater() {
  const latest = new Map<string, number>();
  let counter = 0;
  return async (entry: unknown) => {
    const id = (entry as { sys?: { id?: unknown } } | null)?.sys?.id;
    if (typeof id !== 'string') return;
    const mine = ++counter;
    latest.set(id, mine);
    const response = await fetch('/api/draft/entries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entry }),
      cache: 'no-store',
    });
    if (latest.get(id) !== mine) return;
    if (response.status === 422) {
      setLiveStatus('This change is not shown yet: a field does not meet its rules. Check the messages in Contentful.');
      return;
    }
    if (!response.ok) return;
    const mapped = (await response.json()) as { id: string; value: Record<string, unknown> };
    patchEntry(mapped.id, mapped.value);
    setLiveStatus('');
  };
}

export async function startLiveSession({ appOrigin, locale }: { appOrigin: string; locale: string }): Promise<() => void> {
  const stopGuard = acceptMessagesOnlyFrom(appOrigin);
  await ContentfulLivePreview.init({ locale, targetOrigin: appOrigin, enableInspectorMode: true, enableLiveUpdates: true });
  const update = updater();
  const entries = await fetchEntries(taggedEntryIds());
  const unsubscribe = entries.map((data) =>
    ContentfulLivePreview.subscribe('edit', {
      data: data as Parameters<typeof ContentfulLivePreview.subscribe>[1]['data'],
      locale,
      callback: (updated) => void update(updated),
    }),
  );
  return () => {
    for (const stop of unsubscribe) stop();
    stopGuard();
  };
}
