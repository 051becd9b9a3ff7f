#!/usr/bin/env node
// The production server: Next's request handler behind lib/security/front.mjs, which adds the
// hash-based Content-Security-Policy and the other per-response headers while pages stay static.
// Usage: node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0] [--dir .]
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { trustedHops } from '../lib/security/client-address.mjs';
import { contentfulAppOrigin, withDraftFraming } from '../lib/security/draft-policy.mjs';
import { createFrontHandler } from '../lib/security/front.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
    dir: { type: 'string' },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const dir = path.resolve(values.dir ?? path.join(import.meta.dirname, '..'));
const trustProxy = trustedHops(process.env.TRUST_PROXY);
const logLevel = process.env.LOG_LEVEL ?? 'info';
const logRequests = logLevel === 'debug' || logLevel === 'info';

process.env.NODE_ENV = 'production';
const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const siteOrigin = URL.canParse(process.env.SITE_URL ?? '') ? new URL(process.env.SITE_URL ?? '').origin : undefined;
const front = createFrontHandler(handle, {
  trustProxy,
  allowedOrigins: siteOrigin ? [siteOrigin] : [],
  log: logRequests ? (line) => console.log(line) : null,
});
// Live Preview (draft mode only): Next checks the draft cookie against this id, and so does this step.
const draftModeId = JSON.parse(readFileSync(path.join(dir, '.next/prerender-manifest.json'), 'utf8')).preview?.previewModeId;
const handler = withDraftFraming(front, { draftModeId, appOrigin: contentfulAppOrigin(process.env.CONTENTFUL_APP_ORIGIN) });
const server = http.createServer((req, res) => {
  Promise.resolve(handler(req, res)).catch((error) => {
    console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'request-failed', message: String(error?.message ?? error) }));
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', event: 'listening', url: `http://${hostname}:${port}` }));
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
