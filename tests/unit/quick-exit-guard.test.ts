import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EXIT_GUARD_SCRIPT, EXIT_MARK_KEY, FALLBACK_EXIT_URL, NEUTRAL_TITLE, QUICK_EXIT_READY_FLAG, takeOverFromGuard } from '@/components/quick-exit/exit-guard-script';
import { createExitKeyCounter } from '@/components/quick-exit/exit-keys';
import { exitSite } from '@/components/quick-exit/exit-site';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the script's events are plain objects here
type Listener = (event: any) => void;
const EXIT_LINK_HREF = 'https://weather.example/today';

/** A bare window for the inline script: only the APIs it may touch, recording what it does. */
function fakeWindow({ mark, navType, storageThrows = false }: { mark?: string; navType?: string; storageThrows?: boolean }) {
  const calls: string[] = [];
  const listeners: Record<string, Listener[]> = {};
  const store = new Map<string, string>(mark === undefined ? [] : [[EXIT_MARK_KEY, mark]]);
  const channels: { name: string; onmessage: unknown }[] = [];
  const clock = { now: 0 };
  const win = {
    clock,
    Date: { now: () => clock.now },
    calls,
    listeners,
    store,
    sessionStorage: {
      getItem: (k: string) => {
        if (storageThrows) throw new Error('SecurityError');
        return store.get(k) ?? null;
      },
      setItem: (k: string, v: string) => {
        calls.push(`mark:${v}`);
        store.set(k, v);
      },
    },
    performance: { getEntriesByType: (t: string) => (t === 'navigation' && navType ? [{ type: navType }] : []) },
    document: {
      querySelector: (selector: string) => (selector === '[data-quick-exit]' ? { href: EXIT_LINK_HREF } : null),
      documentElement: {
        style: {
          setProperty: (p: string, v: string, prio: string) => calls.push(`style:${p}=${v}!${prio}`),
        },
      },
      set title(value: string) {
        calls.push(`title:${value}`);
      },
    },
    location: { replace: (url: string) => calls.push(`replace:${url}`) },
    channels,
    BroadcastChannel: class {
      onmessage: unknown = null;
      constructor(readonly name: string) {
        channels.push(this);
      }
      postMessage(data: string) {
        calls.push(`broadcast:${this.name}:${data}`);
      }
      close() {}
    },
    addEventListener: (type: string, fn: Listener) => (listeners[type] ??= []).push(fn),
    window: undefined as unknown,
  };
  win.window = win;
  return win;
}

function runGuard(win: ReturnType<typeof fakeWindow>) {
  vm.runInNewContext(EXIT_GUARD_SCRIPT, win);
  return win;
}

describe('exit guard script', () => {
  it('is one constant, self-contained statement with nothing left to fill in', () => {
    expect(EXIT_GUARD_SCRIPT).not.toMatch(/\$\{|<\/script/i);
    expect(() => new vm.Script(EXIT_GUARD_SCRIPT)).not.toThrow();
  });

  it('leaves again, and hides in the same task, when a marked tab reaches the page by Back/Forward', () => {
    const win = runGuard(fakeWindow({ mark: 'https://weather.example/', navType: 'back_forward' }));
    expect(win.calls).toEqual(['replace:https://weather.example/', 'style:display=none!important', `title:${NEUTRAL_TITLE}`]);
  });

  it('leaves on a back/forward cache restore (pageshow persisted) in a marked tab', () => {
    const win = runGuard(fakeWindow({ mark: 'https://weather.example/', navType: 'navigate' }));
    expect(win.calls).toEqual([]);
    win.listeners.pageshow!.forEach((fn) => fn({ persisted: false }));
    expect(win.calls).toEqual([]);
    win.listeners.pageshow!.forEach((fn) => fn({ persisted: true }));
    expect(win.calls).toEqual(['replace:https://weather.example/', 'style:display=none!important', `title:${NEUTRAL_TITLE}`]);
  });

  it('listens on the exit channel, so an exit evicts the page from the back/forward cache', () => {
    const win = runGuard(fakeWindow({ navType: 'navigate' }));
    expect(win.channels).toHaveLength(1);
    expect(win.channels[0]!.name).toBe(EXIT_MARK_KEY);
    expect(typeof win.channels[0]!.onmessage).toBe('function');
  });

  it('does nothing in a tab that never used quick exit', () => {
    const win = runGuard(fakeWindow({ navType: 'back_forward' }));
    win.listeners.pageshow!.forEach((fn) => fn({ persisted: true }));
    expect(win.calls).toEqual([]);
  });

  it('does nothing for ordinary navigations and reloads in a marked tab', () => {
    for (const navType of ['navigate', 'reload']) {
      expect(runGuard(fakeWindow({ mark: 'https://weather.example/', navType })).calls).toEqual([]);
    }
  });

  it('never follows a mark that is not a web address', () => {
    const win = runGuard(fakeWindow({ mark: 'javascript:alert(1)', navType: 'back_forward' }));
    expect(win.calls).toEqual([`replace:${FALLBACK_EXIT_URL}`, 'style:display=none!important', `title:${NEUTRAL_TITLE}`]);
  });

  it('does not break the page when storage is blocked', () => {
    const win = fakeWindow({ navType: 'back_forward', storageThrows: true });
    expect(() => runGuard(win)).not.toThrow();
    expect(() => win.listeners.pageshow!.forEach((fn) => fn({ persisted: true }))).not.toThrow();
    expect(win.calls).toEqual([]);
  });
});

const BODY = { tagName: 'BODY', isContentEditable: false };
const TEXT_INPUT = { tagName: 'INPUT', type: 'email', isContentEditable: false };
const CHECKBOX = { tagName: 'INPUT', type: 'checkbox', isContentEditable: false };

describe('exit guard script before the page has hydrated', () => {
  // The navigation starts first, so nothing delays it; the rest follows in the same call.
  const EXIT_CALLS = [
    `replace:${EXIT_LINK_HREF}`,
    'style:display=none!important',
    `title:${NEUTRAL_TITLE}`,
    `mark:${EXIT_LINK_HREF}`,
    `broadcast:${EXIT_MARK_KEY}:exit`,
  ];
  const key = (win: ReturnType<typeof fakeWindow>, k: string, at: number, repeat = false, target: object | null = BODY) => {
    win.clock.now = at;
    const event = { key: k, repeat, target, prevented: false, preventDefault: () => (event.prevented = true) };
    win.listeners.keydown!.forEach((fn) => fn(event));
    return event;
  };
  const click = (win: ReturnType<typeof fakeWindow>, type: 'click' | 'auxclick', insideExitLink: boolean) => {
    const event = { target: { closest: (s: string) => (insideExitLink && s === '[data-quick-exit]' ? {} : null) }, prevented: false, preventDefault: () => (event.prevented = true) };
    win.listeners[type]!.forEach((fn) => fn(event));
    return event;
  };

  it('Escape twice within a second leaves exactly as exitSite does, to the exit link', () => {
    const win = runGuard(fakeWindow({ navType: 'navigate' }));
    expect(key(win, 'Escape', 1000).prevented).toBe(false);
    expect(win.calls).toEqual([]);
    expect(key(win, 'Escape', 1900).prevented).toBe(true);
    expect(win.calls).toEqual(EXIT_CALLS);
  });

  it('a held key, a slow second press or another key in between does not leave', () => {
    const win = runGuard(fakeWindow({ navType: 'navigate' }));
    key(win, 'Escape', 1000);
    key(win, 'Escape', 1100, true);
    key(win, 'Escape', 2000);
    key(win, 'a', 2100);
    key(win, 'Escape', 2200);
    expect(win.calls).toEqual([]);
  });

  it('a click or middle-click on the exit link leaves in place of following it; other clicks do nothing', () => {
    const win = runGuard(fakeWindow({ navType: 'navigate' }));
    expect(click(win, 'click', false).prevented).toBe(false);
    expect(win.calls).toEqual([]);
    expect(click(win, 'auxclick', true).prevented).toBe(true);
    expect(win.calls).toEqual(EXIT_CALLS);
  });

  it('a click still hides the page and marks the tab when the browser refuses the address', () => {
    const win = runGuard(fakeWindow({ navType: 'navigate' }));
    win.location.replace = (url: string) => {
      win.calls.push(`refused:${url}`);
      throw new Error('SyntaxError');
    };
    expect(() => click(win, 'click', true)).toThrow('SyntaxError');
    expect(win.calls).toEqual([`refused:${EXIT_LINK_HREF}`, ...EXIT_CALLS.slice(1)]);
  });

  /** Presses `name` at each of `before`, hands over, presses at `after`: the guard stands aside, the control answers. */
  function handOver(name: string, before: number[], after: number) {
    const win = runGuard(fakeWindow({ navType: 'navigate' }));
    for (const at of before) key(win, name, at);
    const press = createExitKeyCounter(() => win.clock.now, takeOverFromGuard(win as unknown as Window));
    expect(key(win, name, after).prevented).toBe(false);
    expect(win.calls).toEqual([]);
    win.clock.now = after;
    return press({ key: name, repeat: false, inField: false });
  }

  it('hands its Escape count to the control that takes over, so one press before hydration and one after leave', () => {
    expect(handOver('Escape', [1000], 1400)).toEqual({ exit: true });
  });

  it('hands over nothing once another key has broken the run', () => {
    const win = runGuard(fakeWindow({ navType: 'navigate' }));
    key(win, 'Escape', 1000);
    key(win, 'a', 1100);
    const press = createExitKeyCounter(() => win.clock.now, takeOverFromGuard(win as unknown as Window));
    win.clock.now = 1200;
    expect(press({ key: 'Escape', repeat: false, inField: false })).toEqual({ exit: false, shiftCount: 0 });
  });

  it('Shift three times within five seconds leaves, from a checkbox too; held, slow or in a text field it does not', () => {
    const win = runGuard(fakeWindow({ navType: 'navigate' }));
    key(win, 'Shift', 1000);
    key(win, 'Shift', 1100, true);
    key(win, 'Shift', 1200, false, TEXT_INPUT);
    key(win, 'Shift', 2000);
    key(win, 'Shift', 2100);
    key(win, 'Shift', 7100);
    expect(win.calls).toEqual([]);
    key(win, 'Shift', 7500, false, CHECKBOX);
    expect(key(win, 'Shift', 8000).prevented).toBe(true);
    expect(win.calls).toEqual(EXIT_CALLS);
  });

  it('counts every run of keys exactly as the hydrated control does', () => {
    const runs: [string, number, object?][][] = [
      [['Shift', 0], ['a', 10], ['Shift', 20], ['Shift', 30], ['Shift', 40]],
      [['Shift', 0], ['Escape', 10], ['Shift', 20], ['Shift', 30]],
      [['Escape', 0], ['Shift', 10], ['Escape', 20]],
      [['Shift', 0], ['Shift', 10, TEXT_INPUT], ['Shift', 20], ['Shift', 30]],
      [['Escape', 0], ['Escape', 999]],
      [['Escape', 0], ['Escape', 1000], ['Escape', 1500]],
      [['Shift', 0], ['Shift', 4999], ['Shift', 5001], ['Shift', 5002]],
    ];
    for (const presses of runs) {
      const win = runGuard(fakeWindow({ navType: 'navigate' }));
      const press = createExitKeyCounter(() => win.clock.now);
      const byGuard = presses.map(([k, at, target]) => key(win, k, at, false, target ?? BODY).prevented);
      const byControl = presses.map(([k, at, target]) => {
        win.clock.now = at;
        return press({ key: k, repeat: false, inField: target === TEXT_INPUT }).exit;
      });
      expect(byGuard.indexOf(true), JSON.stringify(presses)).toBe(byControl.indexOf(true));
    }
  });

  it('hands its Shift count to the control that takes over, so two presses before hydration and one after leave', () => {
    expect(handOver('Shift', [1000, 2000], 3000)).toEqual({ exit: true });
  });

  it('stands aside for the keys once the hydrated control has taken over, and keeps answering the click', () => {
    const win = runGuard(fakeWindow({ navType: 'navigate' }));
    (win as Record<string, unknown>)[QUICK_EXIT_READY_FLAG] = true;
    key(win, 'Escape', 1000);
    key(win, 'Escape', 1200);
    for (const at of [2000, 2100, 2200]) key(win, 'Shift', at);
    expect(win.calls).toEqual([]);
    expect(click(win, 'click', true).prevented).toBe(true);
    expect(win.calls).toEqual(EXIT_CALLS);
  });
});

describe('exitSite', () => {
  it('starts the navigation first, then hides the page, sets a neutral title and marks the tab, in one call', () => {
    const win = fakeWindow({});
    exitSite('https://weather.example/', win as unknown as Window & typeof globalThis);
    expect(win.calls).toEqual([
      'replace:https://weather.example/',
      'style:display=none!important',
      `title:${NEUTRAL_TITLE}`,
      'mark:https://weather.example/',
      `broadcast:${EXIT_MARK_KEY}:exit`,
    ]);
  });

  it('still hides the page and marks the tab when the browser refuses the address', () => {
    const win = fakeWindow({});
    win.location.replace = (url: string) => {
      win.calls.push(`refused:${url}`);
      throw new Error('SyntaxError');
    };
    expect(() => exitSite('https://', win as unknown as Window & typeof globalThis)).toThrow('SyntaxError');
    expect(win.calls).toEqual(['refused:https://', 'style:display=none!important', `title:${NEUTRAL_TITLE}`, 'mark:https://', `broadcast:${EXIT_MARK_KEY}:exit`]);
  });

  it('marks the tab so the guard script then leaves from history', () => {
    const win = fakeWindow({});
    exitSite('https://weather.example/', win as unknown as Window & typeof globalThis);
    const later = runGuard(fakeWindow({ mark: win.store.get(EXIT_MARK_KEY), navType: 'back_forward' }));
    expect(later.calls).toEqual(['replace:https://weather.example/', 'style:display=none!important', `title:${NEUTRAL_TITLE}`]);
  });

  it('still leaves when storage refuses the mark', () => {
    const win = fakeWindow({});
    win.sessionStorage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    exitSite('https://weather.example/', win as unknown as Window & typeof globalThis);
    expect(win.calls).toEqual(['replace:https://weather.example/', 'style:display=none!important', `title:${NEUTRAL_TITLE}`, `broadcast:${EXIT_MARK_KEY}:exit`]);
  });
});
