// The one logger: JSON lines on stdout (debug, info) and stderr (warn, error). Plain ESM so the
// modules Next loads outside the app bundle (the cache handler, the request front) use it too.
// Callers pass ids and counts, never personal data: hash anything that identifies a person
// (lib/security/hash.ts) before it gets here.

/** @typedef {'debug' | 'info' | 'warn' | 'error'} Level */

const ORDER = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/**
 * LOG_LEVEL is validated with the other variables in lib/env.ts; it is read here directly so
 * this module needs no TypeScript and no env parsing of its own.
 * @param {Level} level
 */
function enabled(level) {
  const threshold = ORDER[/** @type {keyof typeof ORDER} */ (process.env.LOG_LEVEL ?? 'info')] ?? ORDER.info;
  return ORDER[level] >= threshold;
}

/**
 * @param {Level} level
 * @param {string} event
 * @param {Record<string, unknown>} [fields]
 */
export function log(level, event, fields = {}) {
  if (!enabled(level)) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
}
