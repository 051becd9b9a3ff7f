/**
 * Runs once when a server starts (`next start`, our server, the image's standalone server.js).
 * Importing lib/env parses every variable now rather than at the first request, and a public site
 * with a default or short secret stops here, naming the variable.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { env, assertProductionSecrets } = await import('./lib/env');
  assertProductionSecrets(env);
}
