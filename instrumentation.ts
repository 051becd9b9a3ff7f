/**
 * Runs once when a server starts (`next start`, our server, the image's standalone server.js).
 * Importing lib/env parses every variable now rather than at the first request, and a public site
 * with a default or short secret stops here, naming the variable, as does one whose build
 * prerendered its pages with other content or site settings (lib/build-env.mjs).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const [{ env, assertBuildMatches, assertProductionSecrets }, { readBuildEnv }, { log }] = await Promise.all([
      import('./lib/env'),
      import('./lib/build-env.mjs'),
      import('./lib/log.mjs'),
    ]);
    assertProductionSecrets(env);
    const differences = assertBuildMatches(env, readBuildEnv());
    if (differences.length > 0) log('warn', 'build.env_differs', { differences });
  } catch (error) {
    // Next logs a failed hook and goes on answering 500s; a container must exit instead, so its
    // orchestrator shows the message rather than a running but broken instance. (The error is
    // matched by name: when parsing fails, lib/env's module itself is what threw.)
    if ((error as Error | null)?.name !== 'EnvError') throw error;
    console.error((error as Error).message);
    process.exit(1);
  }
}
