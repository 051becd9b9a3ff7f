import { getDb } from '@/lib/db';
import { log } from '@/lib/log.mjs';

// Load balancers and container platforms poll this: it must reflect this instance right now.
export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 3_000;
const NO_STORE = { 'Cache-Control': 'no-store' };

async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('health check timed out')), TIMEOUT_MS);
  });
  try {
    const db = await Promise.race([getDb(), timeout]);
    await Promise.race([db.query('SELECT 1'), timeout]);
    return true;
  } catch (error) {
    // The reason goes to the log only; the response says nothing about the infrastructure.
    log('error', 'health.db_failed', { error: error instanceof Error ? error.name : 'unknown' });
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function GET(): Promise<Response> {
  const ok = await databaseAnswers();
  return Response.json({ status: ok ? 'ok' : 'unavailable' }, { status: ok ? 200 : 503, headers: NO_STORE });
}
