import { describe, expect, it } from 'vitest';
import { CURRENT_CONSENT_VERSION } from '@/lib/newsletter/consent';
import { toCsv } from '@/lib/newsletter/export';
import { checkFormStart, issueFormStart, MIN_FILL_MS } from '@/lib/forms/form-start';
import { parseSignup } from '@/lib/newsletter/schema';
import { hashToken, isWellFormedToken, newToken } from '@/lib/newsletter/tokens';
import { userAgentClass } from '@/lib/newsletter/user-agent';

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries({ consent: 'yes', consentVersion: CURRENT_CONSENT_VERSION, source: 'footer', ...fields })) f.set(k, v);
  return f;
}

describe('form start time', () => {
  const now = 1_800_000_000_000;
  it('accepts a genuine token old enough, holds back a fresh one, and spots a missing or foreign one', () => {
    expect(checkFormStart(issueFormStart(now - MIN_FILL_MS), now)).toBe('ok');
    expect(checkFormStart(issueFormStart(now - MIN_FILL_MS + 1), now)).toBe('too-fast');
    expect(checkFormStart('', now)).toBe('missing');
    expect(checkFormStart('1800000000000', now)).toBe('missing');
    expect(checkFormStart(issueFormStart(now - 60_000, 'another-salt-0123456789'), now)).toBe('unverified');
    const [ts, sig] = issueFormStart(now - 60_000).split('.');
    expect(checkFormStart(`${Number(ts) - 1}.${sig}`, now)).toBe('unverified');
  });
});

describe('sign-up schema', () => {
  it('normalises what it accepts', () => {
    const r = parseSignup(form({ email: '  Jo.Bloggs@Example.ORG ', firstName: ' Zoë ', postcodeArea: 'sw1a ' }));
    expect(r).toEqual({ ok: true, data: expect.objectContaining({ email: 'jo.bloggs@example.org', firstName: 'Zoë', postcodeArea: 'SW1A' }) });
  });

  it('names each bad field with a message', () => {
    const r = parseSignup(form({ email: 'a@b.c\r\nBcc: x@y.z', firstName: '<b>', postcodeArea: 'SW1A 1AA', consent: '' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['consent', 'email', 'firstName', 'postcodeArea']);
  });

  it('reports an unknown wording version against the consent box', () => {
    const r = parseSignup(form({ email: 'a@example.org', consentVersion: 'v0' }));
    expect(r.ok ? null : r.errors.consent).toMatch(/out of date/);
  });
});

describe('tokens and small helpers', () => {
  it('makes URL-safe 256-bit tokens and stores only a SHA-256 hash', () => {
    const { token, hash } = newToken();
    expect(isWellFormedToken(token)).toBe(true);
    expect(hash).toBe(hashToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(isWellFormedToken(`${token}'`)).toBe(false);
  });

  it('classes user agents coarsely', () => {
    expect(userAgentClass('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148')).toBe('mobile');
    expect(userAgentClass('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/140.0')).toBe('desktop');
    expect(userAgentClass('curl/8.5.0')).toBe('bot');
    expect(userAgentClass(null)).toBe('unknown');
  });

  it('writes CSV that a spreadsheet will not execute', () => {
    const csv = toCsv([
      { email: 'a@example.org', firstName: '=HYPERLINK("x")', postcodeArea: null, confirmedAt: new Date('2026-01-01T00:00:00Z'), consentVersion: 'v1', consentGivenAt: null },
    ]);
    expect(csv.split('\r\n')[1]).toBe(`a@example.org,"'=HYPERLINK(""x"")",,2026-01-01T00:00:00.000Z,v1,`);
  });
});
