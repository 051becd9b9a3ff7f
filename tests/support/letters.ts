import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '@/lib/db';
import type { LetterRef, LettersDeps } from '@/lib/letters/service';
import { createMailer, type MailSender } from '@/lib/mail';
import { CURRENT_CONSENT_VERSION } from '@/lib/newsletter/consent';
import { postedForm } from './forms';
import { readOutbox } from './mail';
import { TEST_SITE_URL, testClock } from './newsletter';

export { client } from './newsletter';

export function testLetter(overrides: Partial<LetterRef> = {}): LetterRef {
  return {
    slug: 'fix-the-cms-now',
    title: 'Fix the CMS now',
    wordingVersion: 'v1-abc123',
    wording: 'Dear Secretary of State, please fix the Child Maintenance Service.',
    open: true,
    ...overrides,
  };
}

/** Deps with an outbox mailer and a queue of deferred work the test can await. */
export function lettersTestDeps(db: Db, opts: { clock?: ReturnType<typeof testClock>; mailer?: MailSender } = {}) {
  const clock = opts.clock ?? testClock();
  const outboxDir = mkdtempSync(path.join(os.tmpdir(), 'fixthecms-letters-outbox-'));
  const mailer = opts.mailer ?? createMailer({ outboxDir, from: '#FixTheCMS <hello@fixthecms.example>' });
  const deferred: Promise<void>[] = [];
  const confirmedSlugs: string[] = [];
  const deps: LettersDeps = {
    db,
    mailer,
    siteUrl: TEST_SITE_URL,
    now: clock.now,
    defer: (task) => {
      deferred.push(task());
    },
    onConfirmed: async (s) => {
      confirmedSlugs.push(s.letterSlug);
    },
  };
  return {
    deps,
    clock,
    confirmedSlugs,
    /** Waits for every deferred task (emails, after-confirm work) queued so far. */
    settle: async () => {
      while (deferred.length) await deferred.shift();
    },
    outbox: () => readOutbox(outboxDir),
    cleanup: () => rmSync(outboxDir, { recursive: true, force: true }),
  };
}

/** What the form posts, filled in by someone who took their time. */
export function signForm(fields: Partial<Record<string, string>> = {}, letter = testLetter()): FormData {
  return postedForm({
    firstName: 'Sam',
    lastName: 'Taylor',
    email: 'parent@example.org',
    postcode: 'ls6 1an',
    showPublicly: '',
    updates: '',
    letter: letter.slug,
    wordingVersion: letter.wordingVersion,
    updatesWordingVersion: CURRENT_CONSENT_VERSION,
    ...fields,
  });
}
