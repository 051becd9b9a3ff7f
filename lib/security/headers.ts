/** Response headers applied to every route from next.config.ts. */
export function securityHeaders(): { key: string; value: string }[] {
  return [
    // Not `no-referrer`: under it browsers send `Origin: null` on form POSTs, and Next rejects
    // every Server Action posted without JavaScript. `same-origin` still sends nothing to other sites.
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}
