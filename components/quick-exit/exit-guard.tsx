'use client';

import { EXIT_GUARD_SCRIPT } from './exit-guard-script';

/**
 * Rendered in <head>, before anything is painted. (React hoists the stylesheet link above it, and
 * a pending stylesheet holds back inline scripts, so it runs once the CSS is in: still before the
 * first paint, which waits for the CSS too.) A client component so that its source reaches the
 * page once, in the HTML: a server component's props are also written into the page's inline flight
 * data, which put a second, escaped copy of the script (about 0.4 KB gzip on home) in every page. The client
 * module costs no extra request: global-error.tsx, part of every page's scripts, already renders it.
 */
export function ExitGuardScript() {
  return <script id="quick-exit-guard" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: EXIT_GUARD_SCRIPT }} />;
}
