import { LivePreview } from './live-preview';

/**
 * Shown on every page while an editor is in draft mode, so a preview is never mistaken for the
 * live site. The exit link is a plain anchor: Next's <Link> would prefetch it and end the
 * preview before the editor clicks. Only the draft-mode slot (app/@preview) renders it, so its
 * client code is in chunks no reader's page lists. Inside
 * Contentful's Live Preview pane it also starts live updates and inspector mode
 * (components/preview/live-preview.tsx).
 */
export function PreviewBar({ appOrigin, locale }: { appOrigin: string; locale: string }) {
  return (
    <aside aria-label="Preview mode" className="border-b-4 border-ink bg-accent text-ink">
      <div className="page-container flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-2">
        <p>
          <strong>Preview — not live.</strong> You are seeing drafts and unpublished changes. Readers see the published
          version.
        </p>
        <a href="/api/draft/disable" className="font-bold text-ink underline">
          Exit preview
        </a>
        <p role="status" data-live-status className="w-full empty:hidden" />
      </div>
      <LivePreview appOrigin={appOrigin} locale={locale} />
    </aside>
  );
}
