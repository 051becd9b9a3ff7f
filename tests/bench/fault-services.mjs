// The backing services the fault bench stops and restarts: a private Postgres cluster (initdb in a
// temporary folder), a private redis-server and an SMTP sink, each on its own loopback port, each a
// process of its own so "stopped" means what it means in production: the port refuses connections.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const asRoot = process.getuid?.() === 0;

/** initdb and postgres refuse to run as root: run them as the postgres user then. */
function pgCommand(args) {
  const [cmd, ...rest] = args;
  const run = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...rest], { encoding: 'utf8' }) : spawnSync(cmd, rest, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr || run.stdout}`);
}

export function startPostgres(port) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-faults-pg-'));
  if (asRoot) {
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  pgCommand(['initdb', '-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = () => pgCommand(['pg_ctl', '-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  // "immediate" is a crash as far as clients can tell: connections drop without a goodbye.
  const stop = () => pgCommand(['pg_ctl', '-D', data, '-m', 'immediate', '-w', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop,
    start,
    destroy: () => {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function userIds(name) {
  const id = (flag) => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function waitForLine(child, pattern, what) {
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start`)), 10_000);
    child.stdout.on('data', (d) => {
      if (pattern.test(String(d))) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}`)));
  });
}

function restartable(spawnIt, ready, what) {
  let child = null;
  const start = async () => {
    child = spawnIt();
    await waitForLine(child, ready, what);
  };
  const stop = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
  return { start, stop, child: () => child };
}

export async function startRedis(port) {
  const service = restartable(
    () => spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] }),
    /Ready to accept connections/,
    'redis-server',
  );
  await service.start();
  return { url: `redis://127.0.0.1:${port}`, start: service.start, stop: service.stop, destroy: service.stop };
}

/** The sink prints one JSON line per accepted recipient; `recipients` collects them across restarts. */
export async function startSmtp(port) {
  const recipients = [];
  const service = restartable(
    () => {
      const child = spawn(process.execPath, [path.join(import.meta.dirname, 'smtp-sink.mjs'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let buffered = '';
      child.stdout.on('data', (d) => {
        buffered += d;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) if (line.startsWith('{"to"')) recipients.push(JSON.parse(line).to);
      });
      return child;
    },
    /"ready"/,
    'smtp sink',
  );
  await service.start();
  return { url: `smtp://127.0.0.1:${port}`, recipients, start: service.start, stop: service.stop, destroy: service.stop };
}
