import { ESCAPE_PRESSES, ESCAPE_WINDOW_MS } from './exit-keys';

/**
 * Shared by the server-rendered guard script and the client control, so both agree on the mark.
 * sessionStorage is per tab: marking one tab never affects another, and it is gone when the tab closes.
 */
export const EXIT_MARK_KEY = 'fixthecms:exited';

/** Used when no settings are available (the global error page) or a stored mark is unusable. */
export const FALLBACK_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** What the tab strip shows while the exit navigation is on its way. */
export const NEUTRAL_TITLE = 'Loading…';

/**
 * Set on window by the hydrated quick-exit control, which from then on owns the link and the keys.
 * Until then the inline script below answers them, so a slow phone is never left without an exit.
 */
export const QUICK_EXIT_READY_FLAG = '__fixthecmsQuickExit';

/**
 * The inline script's current run of Escape presses (Date.now() times), kept on window so the
 * control that takes over mid-run counts them: Escape once before hydration and once after is
 * still "Escape twice".
 */
export const GUARD_ESCAPES_KEY = '__fixthecmsQuickExitEscapes';

/**
 * Called by the hydrated control when it takes over the keys: from now on the guard stands aside.
 * Returns the Escape presses the guard has already counted, for the control's own counter.
 */
export function takeOverFromGuard(win: Window = window): number[] {
  const flags = win as unknown as Record<string, unknown>;
  flags[QUICK_EXIT_READY_FLAG] = true;
  const escapes = flags[GUARD_ESCAPES_KEY];
  return Array.isArray(escapes) ? escapes.filter((t): t is number => typeof t === 'number') : [];
}

/** Hands the keys back to the guard, as when the control unmounts. */
export function releaseToGuard(win: Window = window): void {
  delete (win as unknown as Record<string, unknown>)[QUICK_EXIT_READY_FLAG];
}

/**
 * Inline <head> script that stops a tab that has used quick exit from showing the site again
 * from history. It runs before the body is parsed, so nothing is painted:
 * - a document loaded by Back/Forward (navigation type back_forward) in a marked tab hides
 *   itself and leaves with location.replace;
 * - a page in the back/forward cache does not re-run scripts, and Chromium shows its last frame
 *   on restore before pageshow can hide it (seen in the e2e screencast). So every page listens on
 *   a BroadcastChannel (kept alive by its listener): exitSite() posts on it, and Chromium evicts a cached page that is sent a
 *   message, so Back loads it afresh and the first rule applies. pageshow (persisted) still
 *   leaves, for browsers that keep the page anyway.
 * It also makes the exit work before the page's JavaScript has loaded and hydrated, which on a
 * low-end phone can take seconds: a click on the exit link and Escape twice within a second leave
 * exactly as exitSite() does (hide, neutral title, mark, evict, replace), to the link's own
 * address. Once QUICK_EXIT_READY_FLAG is set it stands aside, handing over its Escape count.
 * The mark's value is the exit destination, which keeps this script a constant string (the
 * CSP hashes it) with no per-page or per-settings content.
 */
export const EXIT_GUARD_SCRIPT = [
  '(function(){',
  `var k=${JSON.stringify(EXIT_MARK_KEY)},f=${JSON.stringify(FALLBACK_EXIT_URL)},t=${JSON.stringify(NEUTRAL_TITLE)},r=${JSON.stringify(QUICK_EXIT_READY_FLAG)},q=${JSON.stringify(GUARD_ESCAPES_KEY)};`,
  'function m(){try{return sessionStorage.getItem(k)}catch(e){return null}}',
  'function hide(){document.documentElement.style.setProperty("display","none","important");document.title=t}',
  'function to(d){location.replace(/^https?:\\/\\//.test(d)?d:f)}function leave(d){hide();to(d)}',
  'var d=m();if(d){var p=window.performance,n=p&&p.getEntriesByType&&p.getEntriesByType("navigation")[0];if(n?n.type==="back_forward":p&&p.navigation&&p.navigation.type===2)leave(d)}',
  'try{new BroadcastChannel(k).onmessage=function(){}}catch(e){}',
  'addEventListener("pageshow",function(e){var d=e.persisted&&m();if(d)leave(d)});',
  'function go(e){e.preventDefault();var a=document.querySelector("[data-quick-exit]"),d=a&&a.href||f;hide();',
  'try{sessionStorage.setItem(k,d)}catch(x){}try{var c=new BroadcastChannel(k);c.postMessage("exit");c.close()}catch(x){}to(d)}',
  'addEventListener("keydown",function(e){if(window[r]||e.repeat)return;if(e.key!=="Escape"){window[q]=[];return}',
  `var now=Date.now(),s=window[q]||[];s=s.length&&now-s[0]<${ESCAPE_WINDOW_MS}?s.concat(now):[now];window[q]=s;if(s.length>=${ESCAPE_PRESSES})go(e)},true);`,
  'function onClick(e){var a=!window[r]&&e.target&&e.target.closest&&e.target.closest("[data-quick-exit]");if(a)go(e)}',
  'addEventListener("click",onClick,true);addEventListener("auxclick",onClick,true)',
  '})();',
].join('');
