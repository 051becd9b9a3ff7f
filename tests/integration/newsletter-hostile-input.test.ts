import { describe, expect, it } from 'vitest';
import { parseSignup } from '@/lib/newsletter/schema';
import { handleSignup } from '@/lib/newsletter/service';
import { testDb } from '../support/db';
import { client, outboxDeps, signupForm } from '../support/newsletter';

/** Small seeded PRNG so a failure can be replayed exactly. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { pick: <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!, int: (n: number) => Math.floor(next() * n), next };
}

// Every fragment is something the field must refuse, whatever surrounds it.
const HOSTILE = {
  header: ['\r\nBcc: victim@example.net', '\nSubject: hi', '%0d%0aBcc:x@y.z', '\r\n\r\n<html>', '\u2028Cc: a@b.c'],
  sql: ["' OR 1=1 --", "'; DROP TABLE newsletter_subscribers;--", '" OR ""="', '1); DELETE FROM newsletter_tokens; --', "admin'--;", 'UNION SELECT * FROM pg_user;'],
  html: ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '<b>', '{{7*7}}', '${jndi:ldap://x}', 'javascript:alert(1)//<'],
  unicode: ['\u202Eevil', 'zero\u200Bwidth', '\u0000nul', 'ｆｕｌｌ＠ｗｉｄｔｈ', 'emoji😀', '\uFEFFbom', 'comb\u0301\u0301\u0301<', '\u00A0nbsp;'],
  junk: ['@@', '@', '(x)', '[]', '\\', '#', '%', ';;', '='],
};
const KINDS = Object.keys(HOSTILE) as (keyof typeof HOSTILE)[];

function hostileFragment(r: ReturnType<typeof prng>): string {
  return r.pick(HOSTILE[r.pick(KINDS)]);
}

function hostileEmail(r: ReturnType<typeof prng>): string {
  const fragment = hostileFragment(r);
  switch (r.int(6)) {
    case 0:
      return `user${fragment}@example.org`;
    case 1:
      return `user@exa${fragment}mple.org`;
    case 2:
      return `user@example.org${fragment.trim() === '' ? ';x' : fragment.replace(/^[\s]+/, ';')}`;
    case 3:
      return `${'a'.repeat(245 + r.int(2000))}@example.org`;
    case 4:
      return `x${r.int(1_000_000)}` + r.pick(['pаypal@example.org', 'user@exаmple.org', 'user@localhost', 'no-at-sign.example.org', '', '   ', 'a@b', 'user@@example.org']);
    default:
      return `x${r.int(1_000_000)}${fragment}`;
  }
}

function hostileName(r: ReturnType<typeof prng>): string {
  return r.int(5) === 0 ? 'A'.repeat(51 + r.int(5000)) : `Sa${hostileFragment(r)}m`;
}

function hostilePostcode(r: ReturnType<typeof prng>): string {
  return r.pick(['SW1A 1AA', 'LS6 2XY', '12345', 'ABC1', `L${hostileFragment(r)}S6`, 'Z'.repeat(100), "' OR '1'='1", 'E\r\n1']);
}

function hostileConsent(r: ReturnType<typeof prng>): Record<string, string | undefined> {
  return r.pick([{ consent: undefined }, { consent: 'no' }, { consent: 'true' }, { consent: 'yes\r\n' }, { consentVersion: `v0${hostileFragment(r)}` }, { consentVersion: '' }]);
}

function generate(count: number, seed = 7): Record<string, string | undefined>[] {
  const r = prng(seed);
  return Array.from({ length: count }, () => {
    // A different valid address each time, so untouched fields vary too.
    const fields: Record<string, string | undefined> = { email: `p${r.int(1_000_000)}@example.org` };
    const targets = new Set([r.pick(['email', 'firstName', 'postcodeArea', 'consent'])]);
    while (r.next() < 0.35) targets.add(r.pick(['email', 'firstName', 'postcodeArea', 'consent']));
    if (targets.has('email')) fields.email = hostileEmail(r);
    if (targets.has('firstName')) fields.firstName = hostileName(r);
    if (targets.has('postcodeArea')) fields.postcodeArea = hostilePostcode(r);
    if (targets.has('consent')) Object.assign(fields, hostileConsent(r));
    return fields;
  });
}

describe('300 malformed and hostile sign-ups', () => {
  const pg = testDb();

  const cases = generate(300);

  it('generates 300 distinct inputs', () => {
    const distinct = new Set(cases.map((c) => JSON.stringify(c))).size;
    expect(distinct).toBeGreaterThanOrEqual(290);
  });

  it('each gets a field error from the schema and from the action path, and nothing is stored or sent', async () => {
    const t = outboxDeps(pg.db);
    const failures: string[] = [];
    for (const fields of cases) {
      const form = signupForm(fields, t.clock.now().getTime());
      const parsed = parseSignup(form);
      const state = await handleSignup(form, client(), t.deps);
      const ok = !parsed.ok && Object.keys(parsed.errors).length > 0 && state.status === 'invalid' && Object.keys(state.errors).length > 0;
      if (!ok) failures.push(JSON.stringify(fields));
      // Whatever came in, what goes back into the page is bounded.
      if (state.status === 'invalid') expect(state.values.email.length + state.values.firstName.length + state.values.postcodeArea.length).toBeLessThanOrEqual(540);
    }
    expect(failures).toEqual([]);
    for (const table of ['newsletter_subscribers', 'newsletter_consent_events', 'newsletter_tokens']) {
      const { rows } = await pg.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
      expect(rows[0]?.n, table).toBe('0');
    }
    expect(t.outbox()).toEqual([]);
    t.cleanup();
  });

  it('still accepts a well-formed sign-up in the same database (the test can fail)', async () => {
    const t = outboxDeps(pg.db);
    expect(await handleSignup(signupForm({ email: "o'brien@example.org", firstName: 'Siân O’Brien-Ngữ', postcodeArea: 'sw1a' }, t.clock.now().getTime()), client(), t.deps)).toEqual({
      status: 'sent',
    });
    expect(t.outbox()).toHaveLength(1);
    t.cleanup();
  });
});
