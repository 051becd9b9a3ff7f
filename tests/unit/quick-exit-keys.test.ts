import { describe, expect, it } from 'vitest';
import { createExitKeyCounter, isTypingTarget, type KeyPress } from '@/components/quick-exit/exit-keys';

function counter() {
  let t = 0;
  const press = createExitKeyCounter(() => t);
  return {
    at(ms: number, key: string, extra: Partial<KeyPress> = {}) {
      t = ms;
      return press({ key, repeat: false, inField: false, ...extra });
    },
  };
}

describe('quick exit shortcuts', () => {
  it('exits on Escape twice within a second, anywhere, including in a form field', () => {
    const c = counter();
    expect(c.at(0, 'Escape', { inField: true }).exit).toBe(false);
    expect(c.at(999, 'Escape', { inField: true }).exit).toBe(true);
  });

  it('does not exit on Escape presses a second or more apart', () => {
    const c = counter();
    c.at(0, 'Escape');
    expect(c.at(1000, 'Escape').exit).toBe(false);
    expect(c.at(1500, 'Escape').exit).toBe(true);
  });

  it('exits on the third Shift within five seconds and counts up before that', () => {
    const c = counter();
    expect(c.at(0, 'Shift')).toEqual({ exit: false, shiftCount: 1 });
    expect(c.at(2000, 'Shift')).toEqual({ exit: false, shiftCount: 2 });
    expect(c.at(4999, 'Shift')).toEqual({ exit: true });
  });

  it('starts counting again when five seconds pass since the first Shift', () => {
    const c = counter();
    c.at(0, 'Shift');
    c.at(3000, 'Shift');
    expect(c.at(5000, 'Shift')).toEqual({ exit: false, shiftCount: 1 });
  });

  it('ignores held keys (key repeat)', () => {
    const c = counter();
    c.at(0, 'Shift');
    expect(c.at(10, 'Shift', { repeat: true })).toEqual({ exit: false, shiftCount: 1 });
    expect(c.at(20, 'Shift', { repeat: true })).toEqual({ exit: false, shiftCount: 1 });
    c.at(30, 'Escape');
    expect(c.at(40, 'Escape', { repeat: true }).exit).toBe(false);
  });

  it('never exits while typing capitals in a form field', () => {
    const c = counter();
    for (let i = 0; i < 6; i++) expect(c.at(i * 100, 'Shift', { inField: true })).toEqual({ exit: false, shiftCount: 0 });
  });

  it('treats Shift used with another key as typing, not a tap', () => {
    const c = counter();
    c.at(0, 'Shift');
    c.at(50, 'A');
    c.at(100, 'Shift');
    c.at(150, 'B');
    expect(c.at(200, 'Shift')).toEqual({ exit: false, shiftCount: 1 });
  });
});

describe('isTypingTarget', () => {
  const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, isContentEditable: false, ...extra }) as unknown as EventTarget;

  it('counts text fields, text areas, selects and editable regions as typing', () => {
    expect(isTypingTarget(el('INPUT', { type: 'text' }))).toBe(true);
    expect(isTypingTarget(el('INPUT', { type: 'email' }))).toBe(true);
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('SELECT'))).toBe(true);
    expect(isTypingTarget(el('DIV', { isContentEditable: true }))).toBe(true);
  });

  it('does not count buttons, checkboxes, links or the page itself', () => {
    expect(isTypingTarget(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(el('BUTTON'))).toBe(false);
    expect(isTypingTarget(el('A'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
