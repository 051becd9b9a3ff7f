export const ESCAPE_PRESSES = 2;
export const ESCAPE_WINDOW_MS = 1000;
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

export interface KeyPress {
  key: string;
  repeat: boolean;
  /** True when focus is in a text field, where Shift is typing capitals, not asking to leave. */
  inField: boolean;
}

export type KeyResult = { exit: true } | { exit: false; shiftCount: number };

/**
 * Counts the quick-exit shortcuts: Escape twice within 1 s, or Shift three times within 5 s
 * (either Shift key), both timed from the first press so the on-screen count expires in step.
 * Held keys repeat, so repeats never count; any other key resets the Shift count, so Shift used
 * as a modifier (Shift+A, Shift+Tab) is never mistaken for a tap. `soFar` (times on the `now`
 * clock) continues runs of Escape and Shift presses counted elsewhere (the inline guard).
 */
export function createExitKeyCounter(now: () => number = () => performance.now(), soFar: { escapes?: readonly number[]; shifts?: readonly number[] } = {}) {
  let escapes = [...(soFar.escapes ?? [])];
  let shifts = [...(soFar.shifts ?? [])];

  return function press({ key, repeat, inField }: KeyPress): KeyResult {
    if (repeat) return { exit: false, shiftCount: shifts.length };
    const t = now();
    if (key === 'Escape') {
      escapes = startsWithin(escapes, t, ESCAPE_WINDOW_MS);
      if (escapes.length >= ESCAPE_PRESSES) return { exit: true };
      return { exit: false, shiftCount: shifts.length };
    }
    escapes = [];
    if (key !== 'Shift' || inField) {
      shifts = [];
      return { exit: false, shiftCount: 0 };
    }
    shifts = startsWithin(shifts, t, SHIFT_WINDOW_MS);
    if (shifts.length >= SHIFT_PRESSES) return { exit: true };
    return { exit: false, shiftCount: shifts.length };
  };
}

/** A run of presses must all fall within `windowMs` of its first press, or it starts again. */
function startsWithin(run: number[], t: number, windowMs: number): number[] {
  return run.length > 0 && t - run[0]! < windowMs ? [...run, t] : [t];
}

/** Input types where the reader types text; the inline guard embeds the same list. */
export const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date', 'datetime-local', 'month', 'week', 'time']);

/** Whether a key event's target is somewhere the reader types. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).type || 'text').toLowerCase());
}
