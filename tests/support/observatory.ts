/**
 * Mozilla HTTP Observatory's header tests and score modifiers, as documented in its "Tests &
 * Scoring" page (MDN), for the headers of one https response: start at 100, take the penalties,
 * and add the bonuses only if the result is 90 or more. Cookies, CORS and redirection are scored
 * by the caller's own checks (no cookies, no CORS headers, the edge redirects http to https).
 */
export interface ObservatoryResult {
  score: number;
  grade: string;
  modifiers: Record<string, number>;
}

const GRADES: [number, string][] = [
  [100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-'], [0, 'F'],
];

function csp(header: string | undefined): [string, number] {
  if (!header) return ['csp-not-implemented', -25];
  const directives = new Map(header.split(';').map((p) => p.trim().split(/\s+/)).filter((p) => p[0]).map(([n, ...s]) => [n!.toLowerCase(), s]));
  const fallback = directives.get('default-src');
  const script = directives.get('script-src') ?? fallback;
  const object = directives.get('object-src') ?? fallback;
  const broad = (sources: string[] | undefined) => !sources || sources.some((s) => ['*', 'https:', 'http:', 'data:', "'unsafe-inline'"].includes(s));
  if (broad(script) || broad(object)) return ['csp-implemented-with-unsafe-inline', -20];
  if (script!.includes("'unsafe-eval'")) return ['csp-implemented-with-unsafe-eval', -10];
  if ([...directives.values()].some((sources) => sources.some((s) => s === 'http:' || s.startsWith('http://')))) return ['csp-implemented-with-insecure-scheme', -20];
  if (directives.get('style-src')?.includes("'unsafe-inline'")) return ['csp-implemented-with-unsafe-inline-in-style-src-only', 0];
  return fallback?.length === 1 && fallback[0] === "'none'" ? ['csp-implemented-with-no-unsafe-default-src-none', 10] : ['csp-implemented-with-no-unsafe', 5];
}

function hsts(header: string | undefined): [string, number] {
  if (!header) return ['hsts-not-implemented', -20];
  const maxAge = Number(/max-age=(\d+)/i.exec(header)?.[1] ?? NaN);
  if (!Number.isFinite(maxAge)) return ['hsts-header-invalid', -20];
  return maxAge >= 15_768_000 ? ['hsts-implemented-max-age-at-least-six-months', 0] : ['hsts-implemented-max-age-less-than-six-months', -10];
}

function referrer(header: string | undefined): [string, number] {
  if (!header) return ['referrer-policy-not-implemented', 0];
  const last = header.split(',').map((v) => v.trim().toLowerCase()).at(-1) ?? '';
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(last)) return ['referrer-policy-private', 5];
  if (['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'].includes(last)) return ['referrer-policy-unsafe', -5];
  return ['referrer-policy-header-invalid', -5];
}

function frames(xfo: string | undefined, cspHeader: string | undefined): [string, number] {
  if (/frame-ancestors\s+'none'|frame-ancestors\s+'self'/i.test(cspHeader ?? '')) return ['x-frame-options-implemented-via-csp', 5];
  if (!xfo) return ['x-frame-options-not-implemented', -20];
  return /^(deny|sameorigin)$/i.test(xfo.trim()) ? ['x-frame-options-sameorigin-or-deny', 0] : ['x-frame-options-header-invalid', -20];
}

function corp(header: string | undefined): [string, number] {
  if (!header) return ['corp-not-implemented', 0];
  if (['same-origin', 'same-site'].includes(header.trim())) return [`corp-implemented-with-${header.trim()}`, 0];
  return header.trim() === 'cross-origin' ? ['corp-implemented-with-cross-origin', -20] : ['corp-header-invalid', -20];
}

/** `html` is the page body: scripts from another origin without integrity would cost points. */
export function observatoryScore(headers: Record<string, string>, html: string, siteOrigin: string): ObservatoryResult {
  const external = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/gi)].filter((m) => new URL(m[1]!, siteOrigin).origin !== siteOrigin);
  const results: [string, number][] = [
    csp(headers['content-security-policy']),
    hsts(headers['strict-transport-security']),
    referrer(headers['referrer-policy']),
    headers['x-content-type-options']?.trim().toLowerCase() === 'nosniff' ? ['x-content-type-options-nosniff', 0] : ['x-content-type-options-not-implemented', -5],
    frames(headers['x-frame-options'], headers['content-security-policy']),
    corp(headers['cross-origin-resource-policy']),
    external.length === 0 ? ['sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0] : ['sri-not-implemented-and-external-scripts-not-loaded-securely', -50],
    headers['set-cookie'] ? ['cookies-present', 0] : ['cookies-not-found', 0],
    headers['access-control-allow-origin'] === '*' ? ['cross-origin-resource-sharing-implemented-with-universal-access', -50] : ['cross-origin-resource-sharing-not-implemented', 0],
  ];
  const modifiers = Object.fromEntries(results);
  const penalties = results.reduce((n, [, m]) => n + Math.min(m, 0), 0);
  const bonuses = results.reduce((n, [, m]) => n + Math.max(m, 0), 0);
  const base = Math.max(0, 100 + penalties);
  const score = base >= 90 ? base + bonuses : base;
  return { score, grade: GRADES.find(([min]) => score >= min)![1], modifiers };
}
