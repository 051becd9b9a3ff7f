import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER } from '@/lib/security/client-address.mjs';
import { clientIp } from '@/lib/security/client-ip';
import { trustedHops } from '@/lib/security/client-address.mjs';
import { withRequestGuard } from '@/server/request-guard.mjs';

/** The client address a route or Server Action would see, through the server's request guard on a real socket. */
const servers: http.Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

async function frontWith(trustProxy: boolean | number) {
  const server = http.createServer(
    withRequestGuard(
      (req, res) => {
        const headers = new Headers(Object.entries(req.headers).map(([k, v]) => [k, String(v)] as [string, string]));
        res.setHeader('Content-Type', 'text/plain');
        res.end(clientIp(headers));
      },
      { hops: trustedHops(String(trustProxy)) },
    ),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async (headers: Record<string, string>) => (await fetch(`${base}/`, { headers })).text();
}

describe('client IP through the server front', () => {
  it('without TRUST_PROXY only the socket counts: rotating X-Forwarded-For, X-Real-IP or our own header changes nothing', async () => {
    const ask = await frontWith(false);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      seen.add(await ask({ 'X-Forwarded-For': `203.0.113.${i}`, 'X-Real-IP': `198.51.100.${i}`, [CLIENT_IP_HEADER]: `192.0.2.${i}` }));
    }
    expect([...seen]).toEqual(['127.0.0.1']);
  });

  it('with TRUST_PROXY=1 the address our proxy appended counts, not what the client put before it', async () => {
    const ask = await frontWith(1);
    expect(await ask({ 'X-Forwarded-For': '203.0.113.9' })).toBe('203.0.113.9');
    expect(await ask({ 'X-Forwarded-For': '1.1.1.1, 203.0.113.9' })).toBe('203.0.113.9');
    expect(await ask({ 'X-Real-IP': '198.51.100.1' })).toBe('127.0.0.1');
  });

  it('with TRUST_PROXY=2 two hops are skipped', async () => {
    const ask = await frontWith(2);
    expect(await ask({ 'X-Forwarded-For': '1.1.1.1, 203.0.113.9, 10.0.0.1' })).toBe('203.0.113.9');
  });
});
