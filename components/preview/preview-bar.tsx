import { isPreview } from '@/lib/content';

/** Shown on every page while an editor is in draft mode. */
export async function PreviewBar() {
  if (!(await isPreview())) return null;
  return (
    <div role="status" className="bg-accent px-4 py-2 text-center font-bold text-ink">
      Preview — not live. <a href="/api/draft/disable">Exit preview</a>
    </div>
  );
}
