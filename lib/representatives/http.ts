import { RepresentativesUnavailableError } from './types';

export interface RetryPolicy {
  /** Per attempt, including reading the body. */
  timeoutMs: number;
  /** Further attempts after the first, for timeouts, network errors, 429 and 5xx. */
  retries: number;
  /** First back-off; doubled each attempt, with jitter. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the supporter is waiting. */
  maxRetryAfterMs: number;
}

export type JsonReply = { status: 'ok'; body: unknown } | { status: 'not-found' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function backoff(policy: RetryPolicy, attempt: number, hint: number | null): number {
  const exponential = policy.backoffMs * 2 ** attempt;
  const jittered = exponential / 2 + Math.random() * (exponential / 2);
  return hint === null ? jittered : Math.max(jittered, hint);
}

/**
 * GET a JSON document. `label` names the endpoint in errors (never the URL: it can hold a postcode).
 * 404 is an answer, not a failure; 429, 5xx, timeouts and network errors are retried with back-off;
 * other statuses and bodies that are not JSON fail at once.
 */
export async function getJson(url: string, label: string, policy: RetryPolicy, headers: Record<string, string>): Promise<JsonReply> {
  let last = 'no attempt';
  for (let attempt = 0; attempt <= policy.retries; attempt += 1) {
    let hint: number | null = null;
    try {
      const response = await fetch(url, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(policy.timeoutMs), redirect: 'error' });
      if (response.status === 404) {
        await response.body?.cancel();
        return { status: 'not-found' };
      }
      if (response.ok) {
        const text = await response.text();
        try {
          return { status: 'ok', body: JSON.parse(text) as unknown };
        } catch {
          throw new RepresentativesUnavailableError(`${label}: reply was not JSON`);
        }
      }
      await response.body?.cancel();
      last = `${label}: HTTP ${response.status}`;
      if (response.status !== 429 && response.status < 500) throw new RepresentativesUnavailableError(last);
      hint = retryAfterMs(response.headers.get('retry-after'));
      if (hint !== null && hint > policy.maxRetryAfterMs) throw new RepresentativesUnavailableError(`${last}, Retry-After too long`);
    } catch (error) {
      if (error instanceof RepresentativesUnavailableError) throw error;
      const name = (error as Error).name;
      last = `${label}: ${name === 'TimeoutError' || name === 'AbortError' ? `timed out after ${policy.timeoutMs} ms` : 'network error'}`;
    }
    if (attempt < policy.retries) await sleep(backoff(policy, attempt, hint));
  }
  throw new RepresentativesUnavailableError(`${last} (after ${policy.retries + 1} attempts)`);
}
