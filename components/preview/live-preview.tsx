'use client';

import { useEffect } from 'react';

/**
 * Contentful Live Preview, rendered by the preview bar (draft mode only, app/@preview). It does
 * nothing outside the editor's frame; inside it, the SDK and the patching code arrive as a further
 * chunk, so a draft page opened in a plain tab does not load the SDK either.
 */
export function LivePreview({ appOrigin, locale }: { appOrigin: string; locale: string }) {
  useEffect(() => {
    if (window.top === window) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./live-session').then(async ({ startLiveSession }) => {
      const session = await startLiveSession({ appOrigin, locale });
      if (cancelled) session();
      else stop = session;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [appOrigin, locale]);
  return null;
}
