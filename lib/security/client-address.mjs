// Who is asking: the one place the client address is decided, from the TCP peer and, only behind
// proxies we run, X-Forwarded-For. The server writes the answer into CLIENT_IP_HEADER (replacing
// whatever a client sent under that name) and lib/security/client-ip.ts reads it back in routes
// and Server Actions, which never see the socket themselves.

export const CLIENT_IP_HEADER = 'x-fixthecms-client-ip';
const MAX_HOPS = 10;

/**
 * TRUST_PROXY as a number of proxies in front of the server: `false`/`0`/unset trusts none,
 * `true` one (the usual single load balancer or CDN), a number that many, as Express's
 * `trust proxy` takes a hop count. Anything else is refused by lib/env.ts; here it counts as 0.
 * @param {string | undefined} value
 * @returns {number}
 */
export function trustedHops(value) {
  const text = (value ?? '').trim().toLowerCase();
  if (text === 'true') return 1;
  if (/^\d{1,2}$/.test(text)) return Math.min(Number(text), MAX_HOPS);
  return 0;
}

/** `::ffff:203.0.113.9` (an IPv4 peer on a dual-stack socket) is the same client as `203.0.113.9`. @param {string} address */
function normalise(address) {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/**
 * The socket's peer is the first hop; with `hops` trusted proxies, each of them appended the
 * address it saw to X-Forwarded-For, so the client is the entry `hops` places from the right
 * (Express's rule). Entries further left were written by the client and are never believed.
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} hops
 * @returns {string}
 */
export function clientAddress(socketAddress, forwardedFor, hops) {
  const peer = socketAddress ? normalise(socketAddress) : 'unknown';
  if (hops <= 0) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = header.split(',').map(normalise).filter((entry) => entry !== '');
  const fromRight = [peer, ...chain.reverse()];
  return fromRight[Math.min(hops, fromRight.length - 1)] ?? peer;
}

/**
 * Sets CLIENT_IP_HEADER on an incoming request, overwriting any value the client sent.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} hops
 */
export function stampClientAddress(req, hops) {
  req.headers[CLIENT_IP_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], hops);
}
