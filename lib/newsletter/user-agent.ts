export type UserAgentClass = 'mobile' | 'tablet' | 'desktop' | 'bot' | 'unknown';

/** A coarse class is enough to describe how consent was given; the full string is never kept. */
export function userAgentClass(userAgent: string | null | undefined): UserAgentClass {
  if (!userAgent) return 'unknown';
  const ua = userAgent.toLowerCase();
  if (/bot|crawl|spider|curl|wget|python|node-fetch|undici|headless|scanner|preview/.test(ua)) return 'bot';
  if (/ipad|tablet|(android(?!.*mobile))/.test(ua)) return 'tablet';
  if (/mobi|iphone|android/.test(ua)) return 'mobile';
  if (/mozilla|opera/.test(ua)) return 'desktop';
  return 'unknown';
}
