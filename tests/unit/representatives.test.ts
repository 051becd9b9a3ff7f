import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { buildMailto, createSandboxProvider, mailtoHref, MAILTO_MAX_LENGTH, parsePostcode, RepresentativesUnavailableError, SANDBOX_ENTRIES, SANDBOX_LABEL } from '@/lib/representatives';

const ok = (input: string) => {
  const parsed = parsePostcode(input);
  return parsed.ok ? parsed.postcode : `(${parsed.problem})`;
};

describe('parsePostcode', () => {
  it('normalises case, spacing, pasted non-breaking spaces and hyphens to the Royal Mail form', () => {
    expect(ok('sw1a 0aa')).toBe('SW1A 0AA');
    expect(ok('SW1A0AA')).toBe('SW1A 0AA');
    expect(ok('  sw1a   0aa ')).toBe('SW1A 0AA');
    expect(ok('SW1A\u00a00AA')).toBe('SW1A 0AA');
    expect(ok('sw1a-0aa')).toBe('SW1A 0AA');
    expect(ok('SW1A\n0AA\n')).toBe('SW1A 0AA');
    expect(ok('ｓｗ１ａ ０ａａ')).toBe('SW1A 0AA');
  });

  it('accepts every outward-code form', () => {
    for (const [input, out] of [
      ['M1 1AE', 'M1 1AE'],
      ['b338th', 'B33 8TH'],
      ['CR2 6XH', 'CR2 6XH'],
      ['DN55 1PT', 'DN55 1PT'],
      ['W1A 1HQ', 'W1A 1HQ'],
      ['EC1A 1BB', 'EC1A 1BB'],
      ['EH99 1SP', 'EH99 1SP'],
      ['CF99 1SN', 'CF99 1SN'],
      ['BT4 3XX', 'BT4 3XX'],
    ]) expect(ok(input!)).toBe(out);
  });

  it('asks for a postcode when there is none', () => {
    expect(parsePostcode('')).toMatchObject({ ok: false, problem: 'empty', message: 'Enter your postcode' });
    expect(parsePostcode('   ')).toMatchObject({ problem: 'empty' });
    expect(parsePostcode(null)).toMatchObject({ problem: 'empty' });
    expect(parsePostcode(42)).toMatchObject({ problem: 'empty' });
  });

  it('asks for the full postcode when only the first half is given', () => {
    expect(parsePostcode('SW1A')).toMatchObject({ problem: 'partial', message: 'Enter your full postcode, for example SW1A 0AA' });
    expect(parsePostcode('m1')).toMatchObject({ problem: 'partial' });
  });

  it('rejects what cannot be a postcode', () => {
    for (const input of ['hello', '12345', 'SW1A 0A', 'SW1A 0AAA', 'QA1 1AA', 'SW1A 0CA', 'SW1A 0AA; DROP TABLE', 'x'.repeat(17), 'https://example.com']) {
      expect(parsePostcode(input), input).toMatchObject({ ok: false, problem: 'invalid' });
    }
  });

  it('explains that the Crown dependencies have no MP, separately from a bad postcode', () => {
    for (const input of ['JE2 4WE', 'gy1 1aa', 'IM1 3PW', 'JE2']) {
      const parsed = parsePostcode(input);
      expect(parsed, input).toMatchObject({ ok: false, problem: 'crown-dependency' });
      expect(!parsed.ok && parsed.message).toMatch(/Jersey, Guernsey and the Isle of Man .* no MP at Westminster/);
    }
  });
});

describe('mailto links', () => {
  const parts = { to: 'alex.sample.mp@parliament.example', subject: 'Fix the CMS: review & reform #now', body: 'Dear Ms Sample,\n\nLine two & more #3\r\nSiân — 100% £5?\rEnd' };

  it('encodes line breaks as CRLF and &, #, ?, % and non-ASCII letters as UTF-8 escapes', () => {
    const href = mailtoHref(parts);
    expect(href.startsWith('mailto:alex.sample.mp@parliament.example?subject=')).toBe(true);
    expect(href).toContain('subject=Fix%20the%20CMS%3A%20review%20%26%20reform%20%23now&body=');
    expect(href).toContain('Dear%20Ms%20Sample%2C%0D%0A%0D%0ALine%20two%20%26%20more%20%233%0D%0ASi%C3%A2n%20%E2%80%94%20100%25%20%C2%A35%3F%0D%0AEnd');
    // Nothing left that a mail app would read as a separator or a fragment.
    const query = href.slice(href.indexOf('?') + 1);
    expect(query.split('&')).toHaveLength(2);
    expect(href).not.toMatch(/[#\s\n\r]/);
  });

  it('round-trips to exactly what was written, with CRLF line breaks', () => {
    const url = new URL(mailtoHref(parts));
    expect(url.searchParams.get('subject')).toBe(parts.subject);
    expect(decodeURIComponent(url.search.split('body=')[1]!)).toBe('Dear Ms Sample,\r\n\r\nLine two & more #3\r\nSiân — 100% £5?\r\nEnd');
  });

  it('keeps the @ of the address but escapes anything that could add a header', () => {
    expect(mailtoHref({ to: 'a@b.example?cc=x@y.example', subject: 's', body: '' })).toMatch(/^mailto:a@b\.example%3Fcc%3Dx@y\.example\?subject=s/);
  });

  it('leaves the body out, for "Copy the letter", once the link would pass the length limit', () => {
    const short = buildMailto(parts);
    expect(short.includesBody).toBe(true);
    const long = buildMailto({ ...parts, body: 'é'.repeat(400) });
    expect(mailtoHref({ ...parts, body: 'é'.repeat(400) }).length).toBeGreaterThan(MAILTO_MAX_LENGTH);
    expect(long).toEqual({ href: `mailto:${parts.to}?subject=${encodeURIComponent(parts.subject)}`, includesBody: false });
    expect(buildMailto(parts, mailtoHref(parts).length).includesBody).toBe(true);
    expect(buildMailto(parts, mailtoHref(parts).length - 1).includesBody).toBe(false);
  });
});

describe('sandbox provider', () => {
  const sandbox = createSandboxProvider();

  it('is labelled as sample data and covers each nation, a seat without email, a vacancy and an outage', async () => {
    expect(SANDBOX_LABEL).toBe('Sample data: not real MPs');
    expect(SANDBOX_ENTRIES.map((e) => e.postcode)).toEqual(expect.arrayContaining(['SW1A 0AA', 'EH99 1SP', 'CF99 1SN', 'BT4 3XX']));
    for (const entry of SANDBOX_ENTRIES) expect(parsePostcode(entry.postcode)).toEqual({ ok: true, postcode: entry.postcode });
    const found = await sandbox.lookup('SW1A 0AA');
    expect(found).toMatchObject({ status: 'found', representative: { email: 'alex.sample.mp@parliament.example' } });
    expect(await sandbox.lookup('BT4 3XX')).toMatchObject({ status: 'found', representative: { email: null } });
    expect(await sandbox.lookup('M1 1AE')).toMatchObject({ status: 'vacant' });
    await expect(sandbox.lookup('EC1A 1BB')).rejects.toBeInstanceOf(RepresentativesUnavailableError);
    expect(await sandbox.lookup('B33 8TH')).toEqual({ status: 'not-found' });
  });

  it('uses only addresses that can never receive mail', () => {
    for (const entry of SANDBOX_ENTRIES) if (entry.outcome === 'found' && entry.representative.email) expect(entry.representative.email).toMatch(/\.example$/);
  });
});

describe('REPRESENTATIVES_SOURCE', () => {
  it('defaults to the sandbox and validates the choice and its settings', () => {
    expect(parseEnv({}).REPRESENTATIVES_SOURCE).toBe('sandbox');
    expect(parseEnv({ REPRESENTATIVES_SOURCE: 'parliament' }).PARLIAMENT_API_URL).toBe('https://members-api.parliament.uk');
    expect(() => parseEnv({ REPRESENTATIVES_SOURCE: 'theyworkforyou' })).toThrow(/REPRESENTATIVES_SOURCE must be "sandbox" or "parliament"/);
    expect(() => parseEnv({ REPRESENTATIVES_TIMEOUT_MS: '5' })).toThrow(/REPRESENTATIVES_TIMEOUT_MS/);
    expect(() => parseEnv({ PARLIAMENT_API_URL: 'members-api' })).toThrow(/PARLIAMENT_API_URL/);
  });
});
