import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server answering the two Stripe API calls we make (Checkout Session and Billing
 * Portal session creation). The real SDK is pointed at it with host/port/protocol; it records
 * each request's method, path, headers and form body so tests can assert what Stripe would get.
 */
export interface RecordedStripeRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The form-encoded body, keys as Stripe writes them: `line_items[0][price_data][unit_amount]`. */
  form: Record<string, string>;
  rawBody: string;
}

export interface FakeStripe {
  url: string;
  requests: RecordedStripeRequest[];
  failWith(status: number | null): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: RecordedStripeRequest[] = [];
  let failure: number | null = null;
  let counter = 0;

  const server = http.createServer((req, res) => {
    let rawBody = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (rawBody += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers, form: Object.fromEntries(new URLSearchParams(rawBody)), rawBody });
      res.setHeader('content-type', 'application/json');
      if (failure) {
        res.statusCode = failure;
        res.end(JSON.stringify({ error: { type: 'api_error', message: 'Injected failure' } }));
        return;
      }
      counter += 1;
      if (req.method === 'POST' && url.pathname === '/v1/checkout/sessions') {
        const id = `cs_test_fake_${counter}`;
        res.end(JSON.stringify({ id, object: 'checkout.session', url: `https://checkout.stripe.com/c/pay/${id}` }));
        return;
      }
      if (req.method === 'POST' && url.pathname === '/v1/billing_portal/sessions') {
        res.end(JSON.stringify({ id: `bps_fake_${counter}`, object: 'billing_portal.session', url: `https://billing.stripe.com/p/session/fake_${counter}` }));
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { type: 'invalid_request_error', message: `No fake for ${req.method} ${url.pathname}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failWith: (status) => {
      failure = status;
    },
    reset: () => {
      requests.length = 0;
      failure = null;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
