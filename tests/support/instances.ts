import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import pg from 'pg';
import { LOCAL_IMAGE_DIR, runtimeStage } from '../../scripts/image-layout.mjs';
import { E2E_ENV } from '../e2e/env';
import { fakeContentfulEnv } from './fake-contentful';

/**
 * Several instances of the current build (the image's CMD in .next/image), sharing the machine's Redis and Postgres
 * the way a load-balanced deployment would. Each run gets its own Redis key prefix and Postgres
 * schema, and each instance its own data folder (mail outbox), so runs never see each other.
 */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Instance {
  name: string;
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: string[];
}

export interface Cluster {
  instances: Instance[];
  cachePrefix: string;
  schema: string;
  stop(): Promise<void>;
}

async function waitForHealth(instance: Instance, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) break;
    try {
      const res = await fetch(`${instance.url}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${instance.name} did not become healthy:\n${instance.output.join('').slice(-2000)}`);
}

export async function startCluster(options: { ports: number[]; contentfulUrl: string; env?: Record<string, string> }): Promise<Cluster> {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  const cachePrefix = `scaleout-${run}`;
  const schema = `scaleout_${run}`;
  const instances: Instance[] = options.ports.map((port, i) => {
    const name = String.fromCharCode(65 + i);
    const dataDir = path.resolve('.data', `scale-out-${run}-${name}`);
    mkdirSync(dataDir, { recursive: true });
    // The production server, as the image runs it.
    const [, ...args] = runtimeStage().cmd;
    const child = spawn(process.execPath, args, {
      cwd: LOCAL_IMAGE_DIR,
      // Own process group, so stopping it also stops anything Next forks.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...runtimeStage().env,
        ...E2E_ENV,
        HOSTNAME: '127.0.0.1',
        PORT: String(port),
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATA_DIR: dataDir,
        DATABASE_URL,
        DATABASE_SCHEMA: schema,
        REDIS_URL,
        CACHE_KEY_PREFIX: cachePrefix,
        ...fakeContentfulEnv(options.contentfulUrl),
        ...options.env,
      },
    });
    const output: string[] = [];
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    return { name, url: `http://127.0.0.1:${port}`, dataDir, process: child, output };
  });

  const stop = async () => {
    for (const instance of instances) {
      if (instance.process.exitCode === null && instance.process.pid) {
        const exited = new Promise((r) => instance.process.once('exit', r));
        try {
          process.kill(-instance.process.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      }
      rmSync(instance.dataDir, { recursive: true, force: true });
    }
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${cachePrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  };

  try {
    await Promise.all(instances.map((i) => waitForHealth(i, 60_000)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, cachePrefix, schema, stop };
}

/**
 * The newest link to `pathPrefix` in an instance's mail outbox (mail is written there when
 * SMTP_URL is unset), moved onto `other` — e.g. a sign-up on A confirmed through B.
 */
export function outboxLinkOn(from: Instance, other: Instance, pathPrefix: string): string | null {
  const outbox = path.join(from.dataDir, 'outbox');
  let files: string[];
  try {
    files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
  } catch {
    return null;
  }
  const newest = files.map((f) => path.join(outbox, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) return null;
  // Quoted-printable soft line breaks and =3D would otherwise cut or mangle the link.
  const text = readFileSync(newest, 'utf8').replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  for (const match of text.matchAll(/https?:\/\/[^\s"'<>]+/g)) {
    const link = new URL(match[0]);
    if (link.pathname.startsWith(pathPrefix)) return `${other.url}${link.pathname}${link.search}`;
  }
  return null;
}
