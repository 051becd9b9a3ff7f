import { ESCAPE_PRESSES, ESCAPE_WINDOW_MS, SHIFT_PRESSES, SHIFT_WINDOW_MS, TEXT_INPUT_TYPES } from './exit-keys';

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
 * Set on window by the hydrated quick-exit control, which from then on owns the keys (it shows
 * the Shift count on screen). Until then the inline script below answers them, so a slow phone is
 * never left without an exit. The click stays with the script: see EXIT_GUARD_SCRIPT.
 */
export const QUICK_EXIT_READY_FLAG = '__fixthecmsQuickExit';

/**
 * The inline script's current runs of Escape and Shift presses (Date.now() times), kept on window
 * so the control that takes over mid-run counts them: Escape once before hydration and once after
 * is still "Escape twice", and likewise for Shift three times.
 */
export const GUARD_ESCAPES_KEY = '__fixthecmsQuickExitEscapes';
export const GUARD_SHIFTS_KEY = '__fixthecmsQuickExitShifts';

export interface GuardRuns {
  escapes: number[];
  shifts: number[];
}

function timesAt(flags: Record<string, unknown>, key: string): number[] {
  const run = flags[key];
  return Array.isArray(run) ? run.filter((t): t is number => typeof t === 'number') : [];
}

/**
 * Called by the hydrated control when it takes over the keys: from now on the guard stands aside.
 * Returns the Escape and Shift presses the guard has already counted, for the control's counter.
 */
export function takeOverFromGuard(win: Window = window): GuardRuns {
  const flags = win as unknown as Record<string, unknown>;
  flags[QUICK_EXIT_READY_FLAG] = true;
  return { escapes: timesAt(flags, GUARD_ESCAPES_KEY), shifts: timesAt(flags, GUARD_SHIFTS_KEY) };
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
 * It also answers the exit gestures from first paint, because on a low-end phone the page's
 * JavaScript can take seconds to arrive and hydrate. Escape twice within a second and Shift three
 * times within five (not while typing in a field; any other key breaks the run) are counted here
 * by the same rules as createExitKeyCounter() until QUICK_EXIT_READY_FLAG is set, then handed
 * over. The click (and middle or Ctrl/Cmd-click) on the exit link is handled here for the page's
 * whole life: a capturing listener on window runs before React's, and answering it through
 * React's event system cost a phone about 15 ms of main thread before the navigation could start.
 * Each leaves exactly as exitSite() does (replace, then hide, neutral title, mark, evict, all in
 * the one task), to the link's own address.
 * The mark's value is the exit destination, which keeps this script a constant string (the
 * CSP hashes it) with no per-page or per-settings content.
 */
export const EXIT_GUARD_SCRIPT = [
  '(function(){',
  `var k=${JSON.stringify(EXIT_MARK_KEY)},f=${JSON.stringify(FALLBACK_EXIT_URL)},t=${JSON.stringify(NEUTRAL_TITLE)},r=${JSON.stringify(QUICK_EXIT_READY_FLAG)},q=${JSON.stringify(GUARD_ESCAPES_KEY)};`,
  'function m(){try{return sessionStorage.getItem(k)}catch(e){return null}}',
  'function hide(){document.documentElement.style.setProperty("display","none","important");document.title=t}',
  'function to(d){location.replace(/^https?:\\/\\//.test(d)?d:f)}function leave(d){to(d);hide()}',
  'var d=m();if(d){var p=window.performance,n=p&&p.getEntriesByType&&p.getEntriesByType("navigation")[0];if(n?n.type==="back_forward":p&&p.navigation&&p.navigation.type===2)leave(d)}',
  'try{new BroadcastChannel(k).onmessage=function(){}}catch(e){}',
  'addEventListener("pageshow",function(e){var d=e.persisted&&m();if(d)leave(d)});',
  'function go(e){e.preventDefault();var a=document.querySelector("[data-quick-exit]"),d=a&&a.href||f;try{to(d)}finally{hide();',
  'try{sessionStorage.setItem(k,d)}catch(x){}try{var c=new BroadcastChannel(k);c.postMessage("exit");c.close()}catch(x){}}}',
  // Runs of presses, timed from their first, as startsWithin() in exit-keys.ts.
  'function run(s,now,w){return s&&s.length&&now-s[0]<w?s.concat(now):[now]}',
  `var ti=${JSON.stringify([...TEXT_INPUT_TYPES])};`,
  'function typing(el){if(!el||typeof el.tagName!=="string")return false;if(el.isContentEditable)return true;var g=el.tagName;',
  'return g==="TEXTAREA"||g==="SELECT"||g==="INPUT"&&ti.indexOf((el.type||"text").toLowerCase())>=0}',
  `var h=${JSON.stringify(GUARD_SHIFTS_KEY)};`,
  'addEventListener("keydown",function(e){if(window[r]||e.repeat)return;var now=Date.now(),s;',
  `if(e.key==="Escape"){s=window[q]=run(window[q],now,${ESCAPE_WINDOW_MS});if(s.length>=${ESCAPE_PRESSES})go(e);return}`,
  'window[q]=[];if(e.key!=="Shift"||typing(e.target)){window[h]=[];return}',
  `s=window[h]=run(window[h],now,${SHIFT_WINDOW_MS});if(s.length>=${SHIFT_PRESSES})go(e)},true);`,
  'function onClick(e){var a=e.target&&e.target.closest&&e.target.closest("[data-quick-exit]");if(a)go(e)}',
  'addEventListener("click",onClick,true);addEventListener("auxclick",onClick,true)',
  '})();',
].join('');
