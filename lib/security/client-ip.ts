import { CLIENT_IP_HEADER } from './client-address.mjs';

/**
 * The client address for rate limiting, as the server decided it from the socket (and, with
 * TRUST_PROXY, the trusted hops of X-Forwarded-For): see client-address.mjs. X-Real-IP and
 * X-Forwarded-For are never read here, or anyone could pick a new address per request. Without
 * the server's header (a bare `next start`) every client shares one allowance: limits stay tight
 * rather than open.
 */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? 'unknown';
}
