/** Response headers applied to every route from next.config.ts. */
export function securityHeaders(): { key: string; value: string }[] {
  return [
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}
