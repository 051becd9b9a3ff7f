import { staticSecurityHeaders } from './policy.mjs';

/**
 * Response headers applied to every route from next.config.ts. The Content-Security-Policy and
 * Strict-Transport-Security depend on each response (inline script hashes, https or not), so
 * scripts/serve.mjs adds those; see ARCHITECTURE.md "Security headers and CSP".
 */
export function securityHeaders(): { key: string; value: string }[] {
  return staticSecurityHeaders();
}
