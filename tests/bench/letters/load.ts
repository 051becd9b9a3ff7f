// Run by tests/bench/letters-load.bench.mjs through tsx. 10,000 sign-ups from 100 concurrent
// clients, then 10,000 confirmations, through the same service path the server action takes
// (form parsing, honeypot, rate limits, transaction, deferred email) on the machine's Postgres.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '@/lib/db';
import { readTally } from '@/lib/letters/counts';
import { revalidateSoon } from '@/lib/letters/revalidation';
import { confirm, type LettersDeps } from '@/lib/letters/service';
import { handleSign } from '@/lib/letters/service';
import { createMailer } from '@/lib/mail';
import { parseMail, tokenIn } from '../../support/mail';
import { signForm, testLetter } from '../../support/letters';
import { reportVerdict } from '../support.mjs';

const TOTAL = Number(process.env.BENCH_LETTERS_TOTAL ?? 10_000);
const CLIENTS = Number(process.env.BENCH_LETTERS_CLIENTS ?? 100);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_letters_${Date.now().toString(36)}`;
const DISTRICTS = ['LS6', 'M1', 'SW1A', 'EH1', 'CF10', 'BT1', 'G2', 'B1', 'NE1', 'BS1', 'L1', 'S1', 'NG1', 'CB2', 'OX1'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50)!.toFixed(1)} ms, p95 ${percentile(s, 95)!.toFixed(1)} ms, p99 ${percentile(s, 99)!.toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms`;
};

async function pool<T>(items: T[], fn: (item: T) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
  return (performance.now() - started) / 1000;
}

const db = await openDb({ databaseUrl: ADMIN_URL, dataDir: '.data', schema });
const outboxDir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-bench-letters-'));
const letter = testLetter({ slug: 'bench-letter' });
const deferred: Promise<void>[] = [];
let revalidations = 0;
const deps: LettersDeps = {
  db,
  mailer: createMailer({ outboxDir, from: '#FixTheCMS <hello@fixthecms.example>' }),
  siteUrl: 'https://fixthecms.example',
  defer: (task) => void deferred.push(task()),
  onConfirmed: (s) => revalidateSoon({ db, revalidate: () => void revalidations++ }, s.letterSlug).then(() => undefined),
};
const failures: string[] = [];
try {
  const signLatency: number[] = [];
  const signErrors: string[] = [];
  const signSeconds = await pool(
    Array.from({ length: TOTAL }, (_, n) => n),
    async (n) => {
      const form = signForm({ email: `bench-${n}@example.org`, postcode: `${DISTRICTS[n % DISTRICTS.length]} 1AA`, showPublicly: n % 4 === 0 ? 'yes' : '' }, letter);
      const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      const t0 = performance.now();
      const state = await handleSign(form, { ip, userAgent: 'Mozilla/5.0 bench' }, letter, async () => deps);
      signLatency.push(performance.now() - t0);
      if (state.status !== 'sent') signErrors.push(`#${n}: ${state.status}`);
    },
  );
  await Promise.all(deferred.splice(0));
  const files = readdirSync(outboxDir).filter((f) => f.endsWith('.eml'));
  const mails = files.map((f) => parseMail(readFileSync(path.join(outboxDir, f), 'utf8')));
  const tokens = mails.map((m) => tokenIn(m, '/act/bench-letter/confirm'));
  console.log(`sign-ups: ${TOTAL} from ${CLIENTS} concurrent clients in ${signSeconds.toFixed(1)} s (${(TOTAL / signSeconds).toFixed(0)}/s); ${summary(signLatency)}; not accepted: ${signErrors.length}`);

  const confirmLatency: number[] = [];
  const confirmErrors: string[] = [];
  const confirmSeconds = await pool(tokens, async (token) => {
    const t0 = performance.now();
    const result = await confirm(deps, token);
    confirmLatency.push(performance.now() - t0);
    if (result.outcome !== 'confirmed') confirmErrors.push(result.outcome);
  });
  await Promise.all(deferred.splice(0));
  console.log(`confirmations: ${tokens.length} from ${CLIENTS} concurrent clients in ${confirmSeconds.toFixed(1)} s (${(tokens.length / confirmSeconds).toFixed(0)}/s); ${summary(confirmLatency)}; not confirmed: ${confirmErrors.length}`);

  const { rows } = await db.query<{ total: number; confirmed: number; distinct_emails: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(DISTINCT email)::int AS distinct_emails
     FROM letter_signatures WHERE letter_slug = $1`,
    [letter.slug],
  );
  const tally = await readTally(db, letter.slug);
  const counts = rows[0]!;
  const lost = TOTAL - counts.distinct_emails;
  const duplicated = counts.total - counts.distinct_emails;
  console.log(
    `rows ${counts.total} (confirmed ${counts.confirmed}, distinct ${counts.distinct_emails}); emails ${files.length} (distinct recipients ${new Set(mails.map((m) => m.headers.get('to'))).size}); lost ${lost}, duplicated ${duplicated}`,
  );
  console.log(`public count ${tally.total} over ${tally.byArea.length} areas; confirmed rows ${counts.confirmed}; page revalidations ${revalidations} in ${confirmSeconds.toFixed(1)} s of confirmations`);

  if (signErrors.length) failures.push(`${signErrors.length} sign-ups not accepted, e.g. ${signErrors.slice(0, 3).join('; ')}`);
  if (confirmErrors.length) failures.push(`${confirmErrors.length} confirmations failed`);
  if (lost || duplicated || counts.total !== TOTAL) failures.push(`lost ${lost}, duplicated ${duplicated}`);
  if (files.length !== TOTAL) failures.push(`expected ${TOTAL} emails, got ${files.length}`);
  if (tally.total !== counts.confirmed || counts.confirmed !== TOTAL) failures.push(`public count ${tally.total} ≠ confirmed rows ${counts.confirmed}`);
  if (revalidations > Math.ceil(confirmSeconds / 5) + 2) failures.push(`${revalidations} revalidations is more than one per 5 s`);
} finally {
  await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await db.close();
  rmSync(outboxDir, { recursive: true, force: true });
}
reportVerdict(failures);
