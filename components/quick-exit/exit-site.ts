import { EXIT_MARK_KEY, NEUTRAL_TITLE } from './exit-guard-script';

/**
 * Leaves the site in the order the quick exit promises: hide everything first (a glance shows a
 * blank page even if the destination is slow), neutral tab title, mark the tab (and evict cached
 * pages) so history cannot bring the site back, then replace this history entry.
 */
export function exitSite(destination: string, win: Window & typeof globalThis = window): void {
  const doc = win.document;
  doc.documentElement.style.setProperty('display', 'none', 'important');
  doc.title = NEUTRAL_TITLE;
  try {
    win.sessionStorage.setItem(EXIT_MARK_KEY, destination);
  } catch {
    // Storage can be disabled or full; leaving matters more than the mark.
  }
  try {
    // Evicts this site's pages from the back/forward cache (see EXIT_GUARD_SCRIPT).
    const channel = new win.BroadcastChannel(EXIT_MARK_KEY);
    channel.postMessage('exit');
    channel.close();
  } catch {
    // Not supported: the guard's pageshow listener still leaves on restore.
  }
  win.location.replace(destination);
}
