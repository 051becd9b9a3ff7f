import { env } from '@/lib/env';

/**
 * The client address for rate limiting. X-Forwarded-For is only believed behind a proxy we
 * run (TRUST_PROXY), otherwise anyone could pick their own address per request.
 */
export function clientIp(headers: Headers): string {
  if (env.TRUST_PROXY) {
    const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return headers.get('x-real-ip') ?? headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() ?? 'unknown';
}
