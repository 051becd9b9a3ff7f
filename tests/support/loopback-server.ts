import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** Serves `handler` on a free loopback port for the test file; `base` is its origin once started. */
export function serveDuringSuite(handler: http.RequestListener) {
  const served = { server: http.createServer(handler), base: '' };
  beforeAll(async () => {
    await new Promise<void>((resolve) => served.server.listen(0, '127.0.0.1', resolve));
    served.base = `http://127.0.0.1:${(served.server.address() as AddressInfo).port}`;
  });
  afterAll(() => served.server.close());
  return served;
}
