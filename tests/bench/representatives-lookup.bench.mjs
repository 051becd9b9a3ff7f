#!/usr/bin/env node
/**
 * MP lookups under a burst: 200 concurrent lookups through the Parliament provider against the
 * loopback fake of the Members API (20 ms added per answer, as a stand-in for the network).
 * Reports latency percentiles and upstream calls, against a reference of 200 bare fetches of
 * the same search endpoint in the same run. The contact endpoint should be called once per MP:
 * concurrent lookups share the in-flight request, later ones hit the day-long cache.
 */
import { tsImport } from 'tsx/esm/api';

const { createParliamentProvider } = await tsImport('../../lib/representatives/parliament-provider.ts', import.meta.url);
const { memoryMemberCache } = await tsImport('../../lib/representatives/member-cache.ts', import.meta.url);
const { startFakeParliament, FIXTURE_CONSTITUENCIES } = await tsImport('../support/fake-parliament.ts', import.meta.url);

const CONCURRENCY = 200;
const LATENCY_MS = 20;

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function summary(times) {
  const s = [...times].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99), max: s[s.length - 1] };
}
const fmt = (o) => Object.entries(o).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', ');

async function timed(fn) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const fake = await startFakeParliament(FIXTURE_CONSTITUENCIES);
fake.setLatency(LATENCY_MS);
try {
  // Reference: the same number of bare requests to the fake's search endpoint.
  const bare = await Promise.all(
    Array.from({ length: CONCURRENCY }, () => timed(async () => (await fetch(`${fake.url}/api/Location/Constituency/Search?searchText=SW1A+0AA`)).json())),
  );
  fake.reset();
  fake.setLatency(LATENCY_MS);

  const provider = createParliamentProvider({
    apiUrl: fake.url,
    policy: { timeoutMs: 10_000, retries: 2, backoffMs: 200, maxRetryAfterMs: 2_000 },
    cache: memoryMemberCache(),
    userAgent: 'FixTheCMS-bench',
  });
  const cold = await Promise.all(Array.from({ length: CONCURRENCY }, () => timed(() => provider.lookup('SW1A 0AA'))));
  const coldCalls = { search: fake.searches.length, contact: fake.contactCalls.length };
  fake.reset();
  fake.setLatency(LATENCY_MS);
  const postcodes = ['SW1A 0AA', 'EH99 1SP', 'CF99 1SN', 'M1 1AE'];
  const mixed = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => timed(() => provider.lookup(postcodes[i % postcodes.length]))));
  const mixedCalls = { search: fake.searches.length, contact: fake.contactCalls.length };

  const ref = summary(bare);
  const c = summary(cold);
  const m = summary(mixed);
  console.log(`reference, ${CONCURRENCY} bare fetches of the search endpoint: ${fmt(ref)}`);
  console.log(`${CONCURRENCY} concurrent lookups, one MP, cold cache: ${fmt(c)}; upstream calls: ${coldCalls.search} search, ${coldCalls.contact} contact (${CONCURRENCY - coldCalls.contact} served by the shared in-flight request)`);
  console.log(`${CONCURRENCY} concurrent lookups, four postcodes (one vacant), warm cache: ${fmt(m)}; upstream calls: ${mixedCalls.search} search, ${mixedCalls.contact} contact (one per MP not yet cached)`);
  console.log(`ratio p99 cold lookup / p99 bare fetch: ${(c.p99 / ref.p99).toFixed(2)}×`);
  if (coldCalls.contact !== 1) {
    console.error(`expected one contact call for one MP, got ${coldCalls.contact}`);
    process.exitCode = 1;
  }
} finally {
  await fake.close();
}
