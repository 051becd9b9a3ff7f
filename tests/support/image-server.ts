import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { layoutImage } from '../../scripts/image-layout.mjs';

/**
 * The last build laid out in a fresh folder exactly as the Dockerfile's COPY lines lay out the
 * image, started exactly as its CMD (with its ENV defaults), the way an operator would run it.
 */
export interface ImageServer {
  dir: string;
  url: string;
  output: string[];
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startImage(port: number, env: Record<string, string> = {}): Promise<ImageServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-image-'));
  const { cmd, env: imageEnv } = layoutImage(dir);
  const [command, ...args] = cmd;
  const child = spawn(command === 'node' ? process.execPath : command!, args, {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', ...imageEnv, NODE_ENV: 'production', DATA_DIR: path.join(dir, 'data'), HOSTNAME: '127.0.0.1', PORT: String(port), ...env },
  });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the image did not start:\n${output.join('').slice(-2000)}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { dir, url, output, process: child, stop };
}

/**
 * A TLS-terminating proxy with a throwaway self-signed certificate, as a load balancer or CDN in
 * front of the image would be: keeps Host, says `X-Forwarded-Proto: https`, adds nothing else.
 */
export async function startTlsProxy(port: number, upstreamPort: number): Promise<{ url: string; stop(): Promise<void> }> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-tls-'));
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', path.join(tmp, 'key.pem'), '-out', path.join(tmp, 'cert.pem')],
    { stdio: 'ignore' },
  );
  const server = https.createServer({ key: readFileSync(path.join(tmp, 'key.pem')), cert: readFileSync(path.join(tmp, 'cert.pem')) }, (req, res) => {
    const upstream = http.request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-proto': 'https' } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.rawHeaders);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
