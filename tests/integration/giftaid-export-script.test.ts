import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPostgres } from '@/lib/db';
import { FAKE_DELIVERY_TOKEN, FAKE_SPACE_ID, startFakeContentful, type FakeContentful } from '../support/fake-contentful';
import { TEST_DATABASE_URL, uniqueSchema } from '../support/db';
import { field, ofType } from '../support/seed';

/**
 * `npm run giftaid:export` as the treasurer runs it: the real script, reading the operator from
 * a loopback Contentful (so the test can change the record) and writing from Postgres.
 */
let fake: FakeContentful;
const settings = ofType('siteSettings')[0]!;
const schema = uniqueSchema('gax');

beforeAll(async () => {
  fake = await startFakeContentful();
});
afterAll(async () => {
  await fake.close();
  const db = await openPostgres(TEST_DATABASE_URL, 'public');
  await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await db.close();
});
beforeEach(() => fake.reset());

function runExport(): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['--conditions=react-server', 'scripts/giftaid-export.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      CONTENT_SOURCE: 'contentful',
      CONTENTFUL_SPACE_ID: FAKE_SPACE_ID,
      CONTENTFUL_DELIVERY_TOKEN: FAKE_DELIVERY_TOKEN,
      CONTENTFUL_CDA_URL: fake.url,
      CONTENTFUL_RETRY_LIMIT: '0',
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe('npm run giftaid:export', () => {
  it('writes the charity and its HMRC reference in the header row', { timeout: 60_000 }, async () => {
    const result = await runExport();
    expect(result.stderr).not.toContain('refused');
    expect(result.status).toBe(0);
    const [header, columns] = result.stdout.split('\r\n');
    expect(header).toBe(`Charity name,${field(settings, 'operatorName')},HMRC charities reference,${field(settings, 'hmrcCharityReference')}`);
    expect(columns).toMatch(/^Title,First name or initial,/);
  });

  it('refuses, with a clear message and no output, when the operator is not a registered charity', { timeout: 60_000 }, async () => {
    const name = 'Not A Charity Ltd';
    fake.overrideFields(settings.sys.id, { operatorName: name, operatorStatus: 'not-a-charity', charityNumberEnglandWales: undefined, charityNumberScotland: undefined, hmrcCharityReference: undefined });
    const result = await runExport();
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`giftaid:export: refused: ${name} is not a registered charity`);
  });
});
