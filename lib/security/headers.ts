import { staticSecurityHeaders } from './policy.mjs';

/**
 * Response headers applied to every route from next.config.ts: the static ones, HSTS and the base
 * CSP. server/csp.mjs replaces the CSP on HTML with one listing the page's inline-script hashes;
 * see ARCHITECTURE.md "Security headers and CSP".
 */
export function securityHeaders(): { key: string; value: string }[] {
  return staticSecurityHeaders();
}
