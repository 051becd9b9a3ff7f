#!/usr/bin/env node
// `npm run scan:headers`: serves the built site as the image runs it (.next/image) behind a local HTTPS front
// with a throwaway self-signed certificate, then checks each security header on a few paths, the
// way public header scanners do. Exits non-zero if any check fails. Needs a build (`npm run build`).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { HSTS_VALUE, inlineHashes, parseCsp } from '../lib/security/policy.mjs';
import { LOCAL_IMAGE_DIR, layoutLocalImage } from './image-layout.mjs';

const root = path.resolve(import.meta.dirname, '..');
const backendPort = Number(process.env.SCAN_PORT ?? 3705);
const httpsPort = backendPort + 1;
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'scan-headers-'));
execFileSync('openssl', [
  'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
  '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  '-keyout', path.join(tmp, 'key.pem'), '-out', path.join(tmp, 'cert.pem'),
], { stdio: 'ignore' });
const cert = readFileSync(path.join(tmp, 'cert.pem'));
const key = readFileSync(path.join(tmp, 'key.pem'));

const image = layoutLocalImage();
// Default settings: no TRUST_PROXY, as an operator would start it.
const backend = spawn(process.execPath, image.cmd.slice(1), {
  cwd: LOCAL_IMAGE_DIR,
  env: { ...process.env, ...image.env, HOSTNAME: '127.0.0.1', PORT: String(backendPort), DATA_DIR: path.join(root, '.data/scan'), LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});

// The TLS-terminating proxy a deployment would have in front (nginx, a load balancer).
const front = https.createServer({ key, cert }, (req, res) => {
  const upstream = http.request(
    { host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': req.headers.host } },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.rawHeaders);
      up.pipe(res);
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});

function get(url, options = {}) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { ca: cert, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

async function waitForBackend() {
  for (let i = 0; i < 120; i++) {
    try {
      await get(`http://127.0.0.1:${backendPort}/api/health`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error('the site did not start');
}

let failures = 0;
function check(label, ok, detail = '') {
  if (!ok) failures++;
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}${detail && !ok ? ` — ${detail}` : ''}`);
}

function checkResponse({ headers, body }) {
  const csp = parseCsp(headers['content-security-policy'] ?? '');
  const has = (name, ...sources) => sources.every((s) => csp.get(name)?.includes(s));
  check(`Strict-Transport-Security: ${HSTS_VALUE}`, headers['strict-transport-security'] === HSTS_VALUE, headers['strict-transport-security']);
  check('Content-Security-Policy present', csp.size > 0);
  check("CSP default-src 'self'", has('default-src', "'self'"));
  check("CSP script-src without 'unsafe-inline'/'unsafe-eval'", !/unsafe-(inline|eval)/.test(csp.get('script-src')?.join(' ') ?? 'missing') && csp.has('script-src'));
  check("CSP style-src without 'unsafe-inline'", csp.has('style-src') && !csp.get('style-src')?.includes("'unsafe-inline'"));
  if ((headers['content-type'] ?? '').startsWith('text/html')) {
    const { scriptHashes } = inlineHashes(body);
    check(`CSP script-src lists the ${scriptHashes.length} inline script hashes of the page`, scriptHashes.length > 0 && has('script-src', ...scriptHashes.map((h) => `'${h}'`)));
  }
  check("CSP object-src 'none'", has('object-src', "'none'"));
  check("CSP base-uri 'none'", has('base-uri', "'none'"));
  check("CSP frame-ancestors 'none'", has('frame-ancestors', "'none'"));
  check("CSP form-action 'self' + Stripe Checkout", has('form-action', "'self'", 'https://checkout.stripe.com'));
  check('Referrer-Policy: same-origin', headers['referrer-policy'] === 'same-origin');
  check('X-Content-Type-Options: nosniff', headers['x-content-type-options'] === 'nosniff');
  check('X-Frame-Options: DENY', headers['x-frame-options'] === 'DENY');
  const permissions = headers['permissions-policy'] ?? '';
  check('Permissions-Policy denies camera, microphone, geolocation, interest-cohort, browsing-topics, payment, usb',
    ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb'].every((f) => permissions.includes(`${f}=()`)));
  check('Cross-Origin-Opener-Policy: same-origin', headers['cross-origin-opener-policy'] === 'same-origin');
  check('Cross-Origin-Resource-Policy: same-origin', headers['cross-origin-resource-policy'] === 'same-origin');
  check('no X-Powered-By / Server banner', !headers['x-powered-by'] && !headers.server);
  check('no Set-Cookie', !headers['set-cookie']);
}

try {
  await waitForBackend();
  await new Promise((resolve) => front.listen(httpsPort, '127.0.0.1', resolve));
  const base = `https://127.0.0.1:${httpsPort}`;
  const home = await get(`${base}/`);
  const script = home.body.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1] ?? '/_next/static/missing.js';
  for (const p of ['/', '/no-such-page', '/api/health', script]) {
    const response = p === '/' ? home : await get(`${base}${p}`);
    console.log(`\n${base}${p} → ${response.status} ${response.headers['content-type'] ?? ''}`);
    checkResponse(response);
  }
  const plain = await get(`http://127.0.0.1:${backendPort}/`);
  console.log(`\nhttp://127.0.0.1:${backendPort}/ (plain http, no proxy) → ${plain.status}`);
  // Sent always: browsers ignore it over plain http (RFC 6797 §8.1), so no proxy setting can lose it.
  check('the same Strict-Transport-Security over plain http', plain.headers['strict-transport-security'] === HSTS_VALUE);
  console.log(`\n${failures === 0 ? 'All header checks passed.' : `${failures} header check(s) failed.`}`);
} finally {
  front.close();
  backend.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
