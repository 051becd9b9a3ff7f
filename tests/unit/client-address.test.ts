import { describe, expect, it } from 'vitest';
import { clientAddress, trustedHops } from '@/lib/security/client-address.mjs';
import { parseEnv } from '@/lib/env';

describe('client address', () => {
  it('without a trusted proxy is the socket peer, whatever the headers say', () => {
    expect(clientAddress('198.51.100.7', '203.0.113.1', 0)).toBe('198.51.100.7');
    expect(clientAddress('198.51.100.7', ['203.0.113.1, 203.0.113.2'], 0)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:198.51.100.7', undefined, 0)).toBe('198.51.100.7');
    expect(clientAddress(undefined, '203.0.113.1', 0)).toBe('unknown');
  });

  it('behind one proxy is the entry that proxy appended, not the ones the client wrote', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; our proxy appended the address it saw.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '198.51.100.7', 1)).toBe('198.51.100.7');
  });

  it('behind two proxies skips both, and a short chain falls back to its leftmost entry', () => {
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7, 10.0.0.1', 2)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '198.51.100.7', 2)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });

  it('TRUST_PROXY reads as a hop count: false/0/unset none, true one, a number that many', () => {
    expect([undefined, '', 'false', '0', 'nonsense'].map(trustedHops)).toEqual([0, 0, 0, 0, 0]);
    expect(['true', 'TRUE', '1', '2'].map(trustedHops)).toEqual([1, 1, 1, 2]);
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(() => parseEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be false, true/);
  });
});
