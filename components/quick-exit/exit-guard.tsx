import { EXIT_GUARD_SCRIPT } from './exit-guard-script';

/** Put first in <head>: it must run before stylesheets load and before anything is painted. */
export function ExitGuardScript() {
  return <script id="quick-exit-guard" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: EXIT_GUARD_SCRIPT }} />;
}
