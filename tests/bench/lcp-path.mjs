// What Lighthouse's simulated LCP is made of, for one gathered load. In simulate mode Lighthouse
// (lantern) rebuilds the load as a graph of requests and main-thread tasks and replays it on slow
// 4G at the CPU slowdown; for LCP it keeps every request that had *finished* before the paint it
// observed in the real, unthrottled load (scripts included, unless their evaluation was a task of
// 10 ms or more that started after that paint), and the LCP is when the last of them ends in the
// replay. So a page whose chunks happen to arrive before its first paint on the host has all its
// JavaScript on the LCP path, and the same page painting a few milliseconds sooner has none: the
// figures below show which case each page was in, and what the replay spent on each part.
// Lighthouse internals (computed artifacts), read only here and only for this report.
import { loadArtifacts } from 'lighthouse/core/lib/asset-saver.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { ProcessedNavigation } from 'lighthouse/core/computed/processed-navigation.js';

const kb = (bytes) => bytes / 1024;

/**
 * @param {string} gatherDir a Lighthouse gatherMode folder
 * @param {number} cpuSlowdownMultiplier the slowdown the replay uses
 * @returns {Promise<{ docEndMs: number, cssEndMs: number, scripts: number, scriptKb: number, lastScriptEndMs: number, lcpMs: number, observedPaintMs: number, scriptsBeforePaint: number, scriptsLoaded: number }>}
 */
export async function lcpPath(gatherDir, cpuSlowdownMultiplier) {
  const artifacts = await loadArtifacts(gatherDir);
  const settings = { ...artifacts.settings, throttling: { ...artifacts.settings.throttling, cpuSlowdownMultiplier } };
  const context = { computedCache: new Map(), settings };
  const data = { trace: artifacts.Trace, devtoolsLog: artifacts.DevtoolsLog, gatherContext: artifacts.GatherContext, settings, URL: artifacts.URL, SourceMaps: artifacts.SourceMaps, simulator: null };
  const lcp = await LanternLargestContentfulPaint.request(data, context);
  const { timestamps } = await ProcessedNavigation.request(artifacts.Trace, context);
  // The pessimistic graph holds every request the optimistic one does (and all layout tasks).
  const timings = [...lcp.pessimisticEstimate.nodeTimings.entries()].filter(([node]) => node.type === 'network');
  const ofType = (type) => timings.filter(([node]) => node.request.resourceType === type);
  const endOf = (entries) => Math.round(Math.max(0, ...entries.map(([, t]) => t.endTime)));
  const scripts = ofType('Script');
  // Observed side: every script the page loaded, and whether it had finished before the paint.
  const loaded = artifacts.DevtoolsLog.filter((e) => e.method === 'Network.requestWillBeSent' && e.params.type === 'Script').map((e) => e.params.requestId);
  const finished = new Map(artifacts.DevtoolsLog.filter((e) => e.method === 'Network.loadingFinished').map((e) => [e.params.requestId, e.params.timestamp * 1e6]));
  return {
    docEndMs: endOf(ofType('Document')),
    cssEndMs: endOf(ofType('Stylesheet')),
    scripts: scripts.length,
    scriptKb: kb(scripts.reduce((sum, [node]) => sum + node.request.transferSize, 0)),
    lastScriptEndMs: endOf(scripts),
    lcpMs: Math.round(lcp.timing),
    observedPaintMs: Math.round((timestamps.largestContentfulPaint - timestamps.timeOrigin) / 1000),
    scriptsBeforePaint: loaded.filter((id) => (finished.get(id) ?? Infinity) <= timestamps.largestContentfulPaint).length,
    scriptsLoaded: loaded.length,
  };
}
