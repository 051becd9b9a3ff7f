import 'server-only';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';
import { log } from '@/lib/log.mjs';
import { unsubscribeByTokenHash, type NewsletterDeps, type RequestContext } from './service';
import { hashToken } from './tokens';

/**
 * One-click unsubscribes (RFC 8058) that arrived while the database was down. A mailbox provider
 * POSTs once and may never retry, so the request is written to disk (the token's hash, when it
 * came, and the hashed request context: no address, no token) and applied when the database is
 * back. Each instance drains its own folder; a repeat of an applied request is harmless.
 */
const RETRY_MS = 15_000;
const HASH_RE = /^[0-9a-f]{64}$/;

interface Spooled {
  hash: string;
  at: string;
  ctx: RequestContext;
}

export function spoolDir(dataDir: string = env.DATA_DIR): string {
  return path.join(dataDir, 'pending-unsubscribes');
}

// One timer per process (route handlers and Server Actions have separate copies of this module).
const TIMER = Symbol.for('fixthecms.unsubscribe-spool-timer');
const slot = globalThis as { [TIMER]?: ReturnType<typeof setTimeout> };

/** Writes the request where a restart or a later request will find it; resolves once it is on disk. */
export async function spoolOneClick(token: string, ctx: RequestContext, at: Date, deps: () => Promise<NewsletterDeps>, dir = spoolDir()): Promise<void> {
  await mkdir(dir, { recursive: true });
  const hash = hashToken(token);
  const record: Spooled = { hash, at: at.toISOString(), ctx };
  // Write then rename: a crash mid-write leaves a temporary file, never half a record.
  const temporary = path.join(dir, `.${hash}.tmp`);
  await writeFile(temporary, JSON.stringify(record), { mode: 0o600 });
  await rename(temporary, path.join(dir, `${hash}.json`));
  log('warn', 'newsletter.one_click_spooled', {});
  scheduleDrain(deps, dir);
}

export function scheduleDrain(deps: () => Promise<NewsletterDeps>, dir = spoolDir(), delayMs = RETRY_MS): void {
  if (slot[TIMER]) return;
  slot[TIMER] = setTimeout(() => {
    slot[TIMER] = undefined;
    drainSpool(deps, dir)
      .then((left) => {
        if (left > 0) scheduleDrain(deps, dir, delayMs);
      })
      .catch(() => scheduleDrain(deps, dir, delayMs));
  }, delayMs);
  slot[TIMER].unref?.();
}

/** Applies every spooled request it can; returns how many are still waiting (database still down). */
export async function drainSpool(deps: () => Promise<NewsletterDeps>, dir = spoolDir()): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json') && HASH_RE.test(name.slice(0, -5)));
  } catch {
    return 0;
  }
  let left = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const record = JSON.parse(await readFile(file, 'utf8')) as Spooled;
      const outcome = await unsubscribeByTokenHash(await deps(), record.hash, 'one-click', record.ctx, new Date(record.at));
      await rm(file, { force: true });
      log('info', 'newsletter.one_click_replayed', { outcome });
    } catch (error) {
      left += 1;
      log('warn', 'newsletter.one_click_replay_failed', { message: (error as Error).message });
    }
  }
  return left;
}
