import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CdnCall {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A loopback stand-in for both purge APIs, answering as they do: Cloudflare's
 * `POST /client/v4/zones/{zone}/purge_cache` (`{"success": true, "result": {"id": …}}`) and
 * Fastly's `POST /service/{id}/purge` (a map of key → purge id). `failWith` makes the next calls fail.
 */
export async function startFakeCdn(port = 0) {
  const calls: CdnCall[] = [];
  let failStatus: number | null = null;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const call = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      calls.push(call);
      res.setHeader('content-type', 'application/json');
      if (failStatus) {
        res.statusCode = failStatus;
        res.end(JSON.stringify({ success: false, errors: [{ code: 10000, message: 'Authentication error' }] }));
      } else if (call.path.startsWith('/client/v4/zones/')) {
        res.end(JSON.stringify({ success: true, errors: [], messages: [], result: { id: 'purge-1' } }));
      } else if (/^\/service\/[^/]+\/purge$/.test(call.path)) {
        const keys = String(req.headers['surrogate-key'] ?? '').split(' ').filter(Boolean);
        res.end(JSON.stringify(Object.fromEntries(keys.map((k, i) => [k, `purge-${i}`]))));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    failWith: (status: number | null) => void (failStatus = status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
