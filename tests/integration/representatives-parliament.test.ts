import Redis from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createParliamentProvider, memoryMemberCache, redisMemberCache, RepresentativesUnavailableError, type MemberCache } from '@/lib/representatives';
import type { RetryPolicy } from '@/lib/representatives/http';
import { FIXTURE_CONSTITUENCIES, startFakeParliament, type FakeParliament } from '../support/fake-parliament';

let fake: FakeParliament;
// Generous per-attempt time so a loaded CI box never turns an answer into a retry; the timeout tests use a short one.
const POLICY: RetryPolicy = { timeoutMs: 5_000, retries: 2, backoffMs: 10, maxRetryAfterMs: 1_000 };
const SHORT = { ...POLICY, timeoutMs: 300 };

const provider = (cache: MemberCache = memoryMemberCache(), policy = POLICY) =>
  createParliamentProvider({ apiUrl: fake.url, policy, cache, userAgent: 'FixTheCMS-test' });

async function unavailable(promise: Promise<unknown>): Promise<RepresentativesUnavailableError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RepresentativesUnavailableError);
  return error as RepresentativesUnavailableError;
}

beforeAll(async () => {
  fake = await startFakeParliament(FIXTURE_CONSTITUENCIES);
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('Parliament provider: answers', () => {
  it('maps the constituency, the sitting MP and the Parliamentary office email', async () => {
    const result = await provider().lookup('SW1A 0AA');
    expect(result).toEqual({
      status: 'found',
      constituency: { id: '4001', name: 'Fixture Riverside' },
      representative: {
        id: '5001',
        name: 'Ms Jane Fixture',
        addressAs: 'Ms Fixture',
        party: 'Fixture Party',
        email: 'jane.fixture.mp@parliament.example',
        contactUrl: 'https://members.parliament.uk/member/5001/contact',
      },
    });
    expect(fake.searches).toEqual(['SW1A 0AA']);
    expect(fake.contactCalls).toEqual([5001]);
  });

  it('gives no email, only the contact page, when none is published or the contact list is missing (404)', async () => {
    const noEmail = await provider().lookup('EH99 1SP');
    expect(noEmail.status === 'found' && noEmail.representative).toMatchObject({ email: null, addressAs: 'Mr Sam Nomail', contactUrl: 'https://members.parliament.uk/member/5002/contact' });
    const missing = await provider().lookup('CF99 1SN');
    expect(missing.status === 'found' && missing.representative).toMatchObject({ name: 'Ms Siân Gone', email: null });
  });

  it('reports a vacant seat with its constituency', async () => {
    expect(await provider().lookup('M1 1AE')).toEqual({ status: 'vacant', constituency: { id: '4004', name: 'Fixture Canal' } });
    expect(fake.contactCalls).toEqual([]);
  });

  it('reports a postcode with no constituency as not found, whether the API answers with no items or 404', async () => {
    expect(await provider().lookup('ZE1 0AA')).toEqual({ status: 'not-found' });
    fake.failNext('search', { kind: 'status', status: 404 });
    expect(await provider().lookup('SW1A 0AA')).toEqual({ status: 'not-found' });
    expect(fake.searches).toHaveLength(2);
  });
});

describe('Parliament provider: failures', () => {
  it('retries a 429 and a 503, then answers', async () => {
    fake.failNext('search', { kind: 'status', status: 429, retryAfter: '0' }, { kind: 'status', status: 503 });
    expect((await provider().lookup('SW1A 0AA')).status).toBe('found');
    expect(fake.searches).toHaveLength(3);
  });

  it('gives up after the retries on repeated 5xx, with an error that names the endpoint but not the postcode', async () => {
    fake.failNext('search', ...Array.from({ length: 5 }, () => ({ kind: 'status' as const, status: 500 })));
    const error = await unavailable(provider().lookup('SW1A 0AA'));
    expect(fake.searches).toHaveLength(3);
    expect(error.message).toContain('constituency-search: HTTP 500');
    expect(error.message).not.toMatch(/SW1A/i);
  });

  it('does not wait for a Retry-After longer than the supporter can', async () => {
    fake.failNext('search', { kind: 'status', status: 429, retryAfter: '120' });
    await unavailable(provider().lookup('SW1A 0AA'));
    expect(fake.searches).toHaveLength(1);
  });

  it('times out each attempt and fails within the budget', async () => {
    fake.failNext('search', { kind: 'timeout' }, { kind: 'timeout' }, { kind: 'timeout' });
    const started = Date.now();
    const error = await unavailable(provider(memoryMemberCache(), SHORT).lookup('SW1A 0AA'));
    expect(error.message).toContain('timed out after 300 ms');
    expect(Date.now() - started).toBeLessThan(3 * 300 + 500);
    expect(fake.searches).toHaveLength(3);
  });

  it('recovers when only the first attempt times out', async () => {
    fake.failNext('contact', { kind: 'timeout' });
    const result = await provider(memoryMemberCache(), { ...POLICY, timeoutMs: 1_000 }).lookup('SW1A 0AA');
    expect(result.status === 'found' && result.representative.email).toBe('jane.fixture.mp@parliament.example');
    expect(fake.contactCalls).toHaveLength(2);
  });

  it('fails at once, without retrying, on malformed JSON or a reply of the wrong shape', async () => {
    fake.failNext('search', { kind: 'malformed' });
    expect((await unavailable(provider().lookup('SW1A 0AA'))).message).toContain('not JSON');
    fake.failNext('contact', { kind: 'wrong-shape' });
    expect((await unavailable(provider().lookup('SW1A 0AA'))).message).toContain('member-contact: reply did not match');
    expect(fake.searches).toHaveLength(2);
  });

  it('does not retry other client errors', async () => {
    fake.failNext('search', { kind: 'status', status: 400 });
    await unavailable(provider().lookup('SW1A 0AA'));
    expect(fake.searches).toHaveLength(1);
  });

  it('fails when the API cannot be reached at all', async () => {
    const closed = createParliamentProvider({ apiUrl: 'http://127.0.0.1:9', policy: { ...POLICY, retries: 1 }, cache: memoryMemberCache(), userAgent: 't' });
    expect((await unavailable(closed.lookup('SW1A 0AA'))).message).toContain('network error');
  });
});

describe('Parliament provider: caching', () => {
  it('asks for an MP’s contact details once a day, and shares one request among concurrent lookups', async () => {
    const p = provider();
    await Promise.all(Array.from({ length: 20 }, () => p.lookup('SW1A 0AA')));
    await p.lookup('SW1A 0AA');
    expect(fake.searches).toHaveLength(21);
    expect(fake.contactCalls).toEqual([5001]);
  });

  it('does not cache a failed contact request', async () => {
    const p = provider(memoryMemberCache(), { ...POLICY, retries: 0 });
    fake.failNext('contact', { kind: 'status', status: 502 });
    await unavailable(p.lookup('SW1A 0AA'));
    expect((await p.lookup('SW1A 0AA')).status).toBe('found');
    expect(fake.contactCalls).toHaveLength(2);
  });

  it('shares contact details between instances through Redis for a day, keyed by member id only', async () => {
    const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    const prefix = `test-reps-${process.pid}-${Date.now().toString(36)}`;
    try {
      await provider(redisMemberCache(redis, prefix)).lookup('SW1A 0AA');
      await provider(redisMemberCache(redis, prefix)).lookup('SW1A 0AA');
      expect(fake.contactCalls).toEqual([5001]);
      const keys = await redis.keys(`${prefix}:*`);
      expect(keys).toEqual([`${prefix}:representatives:member-contact:5001`]);
      const ttl = await redis.ttl(keys[0]!);
      expect(ttl).toBeGreaterThan(86_000);
      expect(ttl).toBeLessThanOrEqual(86_400);
      expect(await redis.get(keys[0]!)).not.toMatch(/SW1A/i);
    } finally {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });

  it('treats an unreachable Redis as a cache miss, not a failed lookup', async () => {
    const broken = new Redis('redis://127.0.0.1:9', { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true, retryStrategy: () => null });
    broken.on('error', () => {});
    try {
      const result = await provider(redisMemberCache(broken, 'x')).lookup('SW1A 0AA');
      expect(result.status).toBe('found');
    } finally {
      broken.disconnect();
    }
  });
});
