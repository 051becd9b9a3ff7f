#!/usr/bin/env node
// The production server, and the only one: the container image's CMD, `npm start` and the e2e
// suite all run this file from a folder laid out as the Dockerfile lays out the image (Next's
// standalone output, .next/static, public/ and this folder; see scripts/image-layout.mjs). It boots
// Next exactly as the standalone server.js would, behind two small steps of its own:
// request-guard.mjs (malformed paths, cross-site posts) and csp.mjs (per-page script hashes, and
// the real 404 page where Next sends an empty shell: not-found-page.mjs).
// Environment: PORT (3000), HOSTNAME (0.0.0.0), KEEP_ALIVE_TIMEOUT in ms (65000), SITE_URL.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { trustedHops } from '../lib/security/client-address.mjs';
import { contentfulAppOrigin, withDraftFraming } from '../lib/security/draft-policy.mjs';
import { withCspHashes } from './csp.mjs';
import { loopbackNotFoundPage } from './not-found-page.mjs';
import { withRequestGuard } from './request-guard.mjs';

const dir = path.resolve(import.meta.dirname, '..');
process.chdir(dir);
process.env.NODE_ENV = 'production';

// The config next build serialised (what the standalone server.js embeds), so no next.config.ts is needed.
const { config } = JSON.parse(readFileSync(path.join(dir, '.next/required-server-files.json'), 'utf8'));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';
const keepAliveTimeout = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);

const next = createRequire(path.join(dir, 'package.json'))('next');
const app = next({ dev: false, dir, hostname, port, conf: config });
await app.prepare();
const handle = app.getRequestHandler();

// Live Preview (draft mode only): Next checks the draft cookie against this id, and so do our steps.
const draftModeId = JSON.parse(readFileSync(path.join(dir, '.next/prerender-manifest.json'), 'utf8')).preview?.previewModeId;
const notFoundPage = loopbackNotFoundPage(() => server.address(), draftModeId);
const guarded = withRequestGuard(withCspHashes(handle, { notFoundPage }), { siteUrl: process.env.SITE_URL, hops: trustedHops(process.env.TRUST_PROXY) });
const handler = withDraftFraming(guarded, { draftModeId, appOrigin: contentfulAppOrigin(process.env.CONTENTFUL_APP_ORIGIN) });
const server = http.createServer((req, res) => {
  Promise.resolve(handler(req, res)).catch((error) => {
    console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'request-failed', message: String(error?.message ?? error) }));
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// Longer than an edge proxy's idle upstream keep-alive (nginx: 60 s), so the proxy closes first.
server.keepAliveTimeout = Number.isFinite(keepAliveTimeout) && keepAliveTimeout >= 0 ? keepAliveTimeout : 65_000;
server.listen(port, hostname, () => {
  console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', event: 'listening', url: `http://${hostname}:${port}` }));
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
