'use client';

import { useEffect, useState } from 'react';
import { SHIFT_PRESSES, SHIFT_WINDOW_MS, createExitKeyCounter, isTypingTarget } from './exit-keys';
import { releaseToGuard, takeOverFromGuard } from './exit-guard-script';
import { exitSite } from './exit-site';

/**
 * The exit link and its keyboard shortcuts, with the Shift count on screen. The inline guard
 * (exit-guard-script.ts) answers the click and, until this has hydrated, the keys; without
 * JavaScript it is a plain link to the destination.
 */
export function QuickExitLink({ destination }: { destination: string }) {
  const [shiftCount, setShiftCount] = useState(0);

  useEffect(() => {
    // Taking over and attaching the listener happen in one task, so no key press falls between
    // the guard standing aside and this counter starting; it continues the guard's Escape and
    // Shift runs, on the guard's clock (Date.now).
    const press = createExitKeyCounter(() => Date.now(), takeOverFromGuard());
    let expire: ReturnType<typeof setTimeout> | undefined;
    function onKeyDown(event: KeyboardEvent) {
      const result = press({ key: event.key, repeat: event.repeat, inField: isTypingTarget(event.target) });
      if (result.exit) {
        event.preventDefault();
        exitSite(destination);
        return;
      }
      if (result.shiftCount === 1) {
        clearTimeout(expire);
        expire = setTimeout(() => setShiftCount(0), SHIFT_WINDOW_MS);
      }
      setShiftCount(result.shiftCount);
    }
    // Capture on window, so no component's stopPropagation can swallow the shortcut.
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      releaseToGuard();
      window.removeEventListener('keydown', onKeyDown, true);
      clearTimeout(expire);
    };
  }, [destination]);

  const remaining = SHIFT_PRESSES - shiftCount;
  return (
    <>
      {/* The click (also Ctrl/Cmd and middle click) is the inline guard's, before React sees it. */}
      <a
        href={destination}
        rel="noreferrer"
        data-quick-exit=""
        className="rounded border-2 border-white bg-danger px-4 py-2 font-bold text-white no-underline hover:text-white hover:underline"
      >
        Exit this site
      </a>
      <span role="status" className="inline-flex items-center gap-2 text-step--1 font-bold">
        {shiftCount > 0 ? (
          <>
            <span aria-hidden="true" className="inline-flex gap-1">
              {Array.from({ length: SHIFT_PRESSES }, (_, i) => (
                <span key={i} className={`size-2.5 rounded-full border border-white ${i < shiftCount ? 'bg-white' : ''}`} />
              ))}
            </span>
            Shift: press {remaining} more {remaining === 1 ? 'time' : 'times'} to exit
          </>
        ) : null}
      </span>
    </>
  );
}
