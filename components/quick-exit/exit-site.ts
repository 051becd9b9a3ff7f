import { EXIT_MARK_KEY, NEUTRAL_TITLE } from './exit-guard-script';

/**
 * Leaves the site. The navigation starts first, so nothing on this side delays it: the request for
 * the destination is on its way before the rest runs. The rest runs in the same task, so it is all
 * done before the browser next paints or can commit the destination: hide everything (a glance
 * shows a blank page while the destination loads), neutral tab title, then mark the tab and evict
 * cached pages so history cannot bring the site back.
 */
export function exitSite(destination: string, win: Window & typeof globalThis = window): void {
  try {
    win.location.replace(destination);
  } finally {
    // Even if the address were refused, the page is hidden and the tab marked.
    hideAndMark(destination, win);
  }
}

function hideAndMark(destination: string, win: Window & typeof globalThis): void {
  const doc = win.document;
  doc.documentElement.style.setProperty('display', 'none', 'important');
  doc.title = NEUTRAL_TITLE;
  try {
    win.sessionStorage.setItem(EXIT_MARK_KEY, destination);
  } catch {
    // Storage can be disabled or full; the navigation has already started.
  }
  try {
    // Evicts this site's pages from the back/forward cache (see EXIT_GUARD_SCRIPT).
    const channel = new win.BroadcastChannel(EXIT_MARK_KEY);
    channel.postMessage('exit');
    channel.close();
  } catch {
    // Not supported: the guard's pageshow listener still leaves on restore.
  }
}
