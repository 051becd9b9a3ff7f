import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/**
 * Under the site-wide `Referrer-Policy: no-referrer`, browsers send `Origin: null` with a
 * plain (no-JavaScript) form POST, and Next rejects that Server Action as cross-origin.
 * `same-origin` still sends nothing to other sites (Stripe included) but lets our own forms
 * name their origin, so the donate forms work without JavaScript.
 */
export const metadata: Metadata = { referrer: 'same-origin' };

export default function DonateLayout({ children }: { children: ReactNode }) {
  return children;
}
