// `next build` prerenders pages with the environment it runs in: the content they show, their
// canonical links and the write-to-MP sample-data banner come from the build's CONTENT_SOURCE,
// SITE_URL and friends, and a cache miss at run time falls back to those pages. A server started
// with other values would serve the build's pages until each is revalidated, so the build records
// what it saw (scripts/build.mjs) and the server compares at start (instrumentation.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The variables prerendered pages depend on, with lib/env.ts's defaults (a unit test keeps them equal). */
export const BUILD_ENV_DEFAULTS = Object.freeze({
  CONTENT_SOURCE: 'local',
  CONTENTFUL_SPACE_ID: '',
  CONTENTFUL_ENVIRONMENT: 'master',
  SITE_URL: 'http://localhost:3000',
  REPRESENTATIVES_SOURCE: 'sandbox',
});

/** Written next to the standalone server, so the image and every laid-out copy carry it. */
export const BUILD_ENV_FILE = 'build-env.json';

/** @param {Record<string, string | undefined>} env */
export function buildEnvRecord(env) {
  return Object.fromEntries(
    Object.entries(BUILD_ENV_DEFAULTS).map(([key, fallback]) => {
      const value = env[key]?.trim();
      return [key, value ? value.replace(/\/+$/, '') : fallback];
    }),
  );
}

/**
 * Each variable whose value differs between the build and this server, as a sentence naming both.
 * @param {Record<string, string>} built @param {Record<string, string | undefined>} env
 */
export function buildEnvMismatches(built, env) {
  const now = buildEnvRecord(env);
  return Object.keys(BUILD_ENV_DEFAULTS)
    .filter((key) => key in built && built[key] !== now[key])
    .map((key) => `${key} is "${now[key]}" but the build prerendered its pages with "${built[key]}"`);
}

/**
 * The build's record beside the standalone server (the server runs from that folder), or null
 * under `next start` and `next dev`, which have none.
 * @returns {Record<string, string> | null}
 */
export function readBuildEnv(dir = process.cwd()) {
  const file = path.join(dir, BUILD_ENV_FILE);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}
