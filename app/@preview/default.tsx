import { PreviewBar } from '@/components/preview/preview-bar';
import { isPreview } from '@/lib/content/core/read';
import { CONTENT_LOCALE } from '@/lib/content/live';
import { env } from '@/lib/env';

/**
 * Draft mode's preview bar, in a parallel route of its own: Next bundles the client code a
 * segment can render into that segment's chunks, so Live Preview's client code is listed by this
 * segment only. The root layout renders the slot in draft mode only, so a reader's page never
 * loads those chunks. It renders nothing for readers too, so their pages' payload never names
 * the client component (React fetches a client component's chunks as soon as it is named).
 */
export default async function PreviewSlot() {
  return (await isPreview()) ? <PreviewBar appOrigin={env.CONTENTFUL_APP_ORIGIN} locale={CONTENT_LOCALE} /> : null;
}
