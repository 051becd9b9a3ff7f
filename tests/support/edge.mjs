// Runs the shipped edge configuration (deploy/nginx/edge-http.conf and edge-server.conf, unchanged)
// in Debian's nginx on loopback, in front of an origin port, with its cache and logs in a temp
// folder. Also a counting pass-through "origin tap" so tests and the bench can see how many
// requests reach the origin, stop the origin mid-run, or make it misbehave.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

/** @param {number} port */
async function waitForPort(port, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listening on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The process-level part of a throwaway nginx config: pid, logs and temp paths in `dir`. */
function nginxPrelude(dir, workers) {
  return `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes ${workers};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }`;
}

/** Temp paths inside http {}: nginx would otherwise write under its compiled-in prefix. */
function tempPaths(dir) {
  return ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/tmp/${name};`).join('\n');
}

/**
 * @param {{ port: number, originPort: number, workers?: number }} options
 * @returns {Promise<{ url: string, dir: string, accessLog: () => string, stop: () => Promise<void> }>}
 */
export async function startEdge({ port, originPort, workers = 1 }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-edge-'));
  for (const sub of ['cache', 'tmp']) mkdirSync(path.join(dir, sub));
  const conf = `${nginxPrelude(dir, workers)}
http {
${tempPaths(dir)}
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=fixthecms_edge:10m max_size=256m inactive=7d use_temp_path=off;
  upstream fixthecms_origin {
    server 127.0.0.1:${originPort};
    keepalive 32;
    keepalive_timeout 60s;
  }
  include ${root}/deploy/nginx/edge-http.conf;
  access_log ${dir}/access.log fixthecms_edge;
  server {
    listen 127.0.0.1:${port};
    include ${root}/deploy/nginx/edge-server.conf;
  }
}
`;
  const confFile = path.join(dir, 'nginx.conf');
  writeFileSync(confFile, conf);
  const check = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-c', confFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-c', confFile], { detached: true, stdio: 'ignore' });
  await waitForPort(port);
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const accessLog = () => {
    try {
      return readFileSync(path.join(dir, 'access.log'), 'utf8');
    } catch {
      return '';
    }
  };
  return { url: `http://127.0.0.1:${port}`, dir, accessLog, stop };
}

/**
 * A pass-through between the edge and the origin that counts requests by path (query included).
 * `down()` closes it so the edge sees a dead origin; `up()` reopens it. `tamper(path, headers)`
 * adds response headers for one path (to check what the edge refuses to keep).
 * @param {{ port: number, originPort: number }} options
 */
export async function startOriginTap({ port, originPort }) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  /** @type {Map<string, Record<string, string>>} */
  const tampered = new Map();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const key = req.url ?? '/';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const upstream = http.request({ host: '127.0.0.1', port: originPort, method: req.method, path: key, headers: req.headers, agent }, (up) => {
      const headers = { ...up.headers, ...tampered.get(key.split('?')[0] ?? key) };
      res.writeHead(up.statusCode ?? 502, headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 65_000;
  const listen = () => new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    /** @param {string} key path with query */
    count: (key) => counts.get(key) ?? 0,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    reset: () => counts.clear(),
    /** @param {string} pathname @param {Record<string, string>} headers */
    tamper: (pathname, headers) => tampered.set(pathname, headers),
    down: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
    up: listen,
    stop: async () => {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(() => r(undefined)));
    },
  };
}

/**
 * Plain nginx serving one file from disk at `urlPath` (the reference for the edge bench: the best
 * this machine can do for that page).
 * @param {{ port: number, file: string, urlPath: string }} options
 */
export async function startStaticNginx({ port, file, urlPath }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-static-'));
  mkdirSync(path.join(dir, 'tmp'));
  mkdirSync(path.join(dir, 'www', path.dirname(urlPath)), { recursive: true });
  writeFileSync(path.join(dir, 'www', urlPath), readFileSync(file));
  const confFile = path.join(dir, 'nginx.conf');
  writeFileSync(
    confFile,
    `${nginxPrelude(dir, 1)}
http {
${tempPaths(dir)}
  access_log off;
  sendfile on;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    default_type text/html;
  }
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', confFile], { detached: true, stdio: 'ignore' });
  await waitForPort(port);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      if (child.pid) process.kill(child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
