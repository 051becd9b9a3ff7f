// Main-thread work of one gathered Lighthouse load, read from its raw trace. Lighthouse scores the
// wall-clock length of each task, and on a small shared host a task's wall time includes every
// moment the renderer waited for a core (Chrome's browser process, its GPU process and Lighthouse
// itself run at the same time). The thread's own CPU time does not, so it compares pages fairly
// across noisy loads; the ratio of the two shows how much waiting the host added.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const TOP_LEVEL_TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * @param {string} gatherDir a Lighthouse gatherMode folder
 * @returns {{ cpuMs: number, wallMs: number }} summed over the page's top-level main-thread tasks
 */
export function mainThreadWork(gatherDir) {
  const trace = JSON.parse(readFileSync(path.join(gatherDir, 'defaultPass.trace.json'), 'utf8'));
  /** @type {any[]} */
  const events = trace.traceEvents ?? trace;
  // The page's renderer main thread is the CrRendererMain with the most events (others are about:blank).
  const counts = new Map();
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mainThreads.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  let cpu = 0;
  let wall = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !TOP_LEVEL_TASKS.has(e.name) || `${e.pid}:${e.tid}` !== main) continue;
    wall += e.dur ?? 0;
    cpu += e.tdur ?? 0;
  }
  return { cpuMs: cpu / 1000, wallMs: wall / 1000 };
}
