import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '@/lib/db';
import { createMailer } from '@/lib/mail';
import { CURRENT_CONSENT_VERSION } from '@/lib/newsletter/consent';
import type { NewsletterDeps } from '@/lib/newsletter/service';
import { postedForm } from './forms';
import { readOutbox } from './mail';

export const TEST_SITE_URL = 'https://fixthecms.example';

/** A clock the test moves by hand, so expiry and the 10-minute window need no waiting. */
export function testClock(start = new Date('2026-01-05T10:00:00Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export function outboxDeps(db: Db, clock = testClock()) {
  const outboxDir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-outbox-'));
  const mailer = createMailer({ outboxDir, from: '#FixTheCMS <hello@fixthecms.example>' });
  const deps: NewsletterDeps = { db, mailer, siteUrl: TEST_SITE_URL, now: clock.now };
  return {
    deps,
    clock,
    outbox: () => readOutbox(outboxDir),
    cleanup: () => rmSync(outboxDir, { recursive: true, force: true }),
  };
}

/** What the form posts, filled in by someone who took their time. */
export function signupForm(fields: Partial<Record<string, string>> = {}, now = Date.now()): FormData {
  const signup = {
    email: 'parent@example.org',
    firstName: '',
    postcodeArea: '',
    consent: 'yes',
    consentVersion: CURRENT_CONSENT_VERSION,
    source: 'get-involved',
  };
  return postedForm({ ...signup, ...fields }, now);
}

let ipCounter = 0;
/** A different client address per call, so rate limits never couple separate tests. */
export function client(userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0') {
  ipCounter += 1;
  return { ip: `198.51.100.${ipCounter % 250}-${process.pid}-${ipCounter}`, userAgent };
}
