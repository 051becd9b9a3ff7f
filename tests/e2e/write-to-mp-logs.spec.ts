import { expect, test, type Browser } from '@playwright/test';
import pg from 'pg';
import { FIXTURE_CONSTITUENCIES, startFakeParliament, type FakeParliament } from '../support/fake-parliament';
import { startImage, type ImageServer } from '../support/image-server';
import { DATABASE_URL } from '../support/instances';
import { E2E_ENV, E2E_PORT } from './env';
import { hydrated } from './newsletter-support';

/**
 * Postcodes never reach a log line. The production server (the image's CMD) runs here on its own
 * port with every log level on and the real Parliament provider pointed at a loopback fake, so the
 * paths that could leak one all run: lookups that succeed, a vacant seat, an MP without email, a
 * postcode the API does not know, an API failure and a timeout, with and without JavaScript.
 * Everything the server writes to stdout and stderr is then searched for each postcode.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const ACTION = '/act/write-to-your-mp-for-a-review';
const SCHEMA = `wtm_logs_${process.pid}_${Date.now().toString(36)}`;
// As typed, with the spaces and case people use. Each outward code has letters no hex id or hash
// can contain, so a match is the postcode (in any spacing or URL encoding), not a coincidence.
const POSTCODES = { ok: 'sw1a 0aa', noEmail: 'EH99 1SP', vacant: 'm1 1ae', unknown: 'TR21 0HE', failing: 'CF99 1SN' };
const LEAKS = [/sw1a/i, /eh99/i, /m1(\s|\+|%20)*1ae/i, /tr21/i, /cf99/i];

let parliament: FakeParliament;
let site: ImageServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  parliament = await startFakeParliament(FIXTURE_CONSTITUENCIES);
  site = await startImage(E2E_PORT + 40, {
    ...E2E_ENV,
    LOG_LEVEL: 'debug',
    REPRESENTATIVES_SOURCE: 'parliament',
    PARLIAMENT_API_URL: parliament.url,
    REPRESENTATIVES_RETRIES: '1',
    REPRESENTATIVES_TIMEOUT_MS: '500',
    // Postgres rather than the embedded database: one more PGlite would cost ~800 MB here.
    DATABASE_URL,
    DATABASE_SCHEMA: SCHEMA,
  });
});

test.afterAll(async () => {
  await site?.stop();
  await parliament?.close();
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await client.end();
});

async function runFlow(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const postcode = page.getByLabel('Your postcode');
  const find = page.getByRole('button', { name: 'Find my MP' });
  const error = page.locator('#wtm-postcode-error');
  const afterPost = expect.configure({ timeout: 30_000 });
  await page.goto(`${site.url}${ACTION}`);
  if (javaScriptEnabled) await hydrated(page, 'form:has(#wtm-postcode)');

  // Each answer differs from the one before it, so waiting for it means this lookup has answered.
  const lookup = async (code: string, answer: string) => {
    const searches = parliament.searches.length;
    await postcode.fill(code);
    await find.click();
    await expect.poll(() => parliament.searches.length).toBeGreaterThan(searches);
    await afterPost(error).toContainText(answer);
  };
  await lookup(POSTCODES.vacant, 'has no MP at the moment');
  parliament.failNext('search', { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
  await lookup(POSTCODES.failing, 'We could not look up your MP just now');
  await lookup(POSTCODES.unknown, 'We could not find that postcode');
  parliament.failNext('search', { kind: 'timeout' }, { kind: 'timeout' });
  await lookup(POSTCODES.failing, 'We could not look up your MP just now');
  await postcode.fill(POSTCODES.noEmail);
  await find.click();
  await afterPost(page.getByText('Mr Sam Nomail does not publish an email address')).toBeVisible();

  await page.goto(`${site.url}${ACTION}`);
  await postcode.fill(POSTCODES.ok);
  await find.click();
  await afterPost(page.getByText('Ms Jane Fixture', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Write my letter' }).click();
  await afterPost(page.getByRole('heading', { name: 'Your letter to Ms Jane Fixture is ready' })).toBeVisible();
  await context.close();
}

test('the postcode appears in no server log line, whatever the lookup answers', async ({ browser }) => {
  await runFlow(browser, true);
  await runFlow(browser, false);
  // Every search reached the API with the postcode, so the server did hold each one.
  expect(parliament.searches.length).toBeGreaterThanOrEqual(10);

  const lines = site.output.join('').split('\n').filter(Boolean);
  const events = lines.map((line) => {
    try {
      return (JSON.parse(line) as { event?: string }).event;
    } catch {
      return undefined; // Next's own start-up lines are plain text; they are searched all the same.
    }
  });
  // The log was really captured, at every level, for these very requests.
  expect(events.filter((e) => e === 'write_to_mp.lookup').length).toBeGreaterThanOrEqual(8);
  expect(events).toContain('write_to_mp.lookup_failed');
  expect(events).toContain('write_to_mp.letter_started');
  expect(lines.filter((line) => LEAKS.some((leak) => leak.test(line)))).toEqual([]);
});
