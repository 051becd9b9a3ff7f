'use client';

import { ExitGuardScript } from '@/components/quick-exit/exit-guard';
import { FALLBACK_EXIT_URL } from '@/components/quick-exit/exit-guard-script';
import { QuickExit } from '@/components/quick-exit/quick-exit';
import './globals.css';

/**
 * Last-resort page when the root layout itself fails; it must render its own html and body.
 * Settings cannot be read here, so the quick exit uses the default destination.
 * Styled with classes, not style attributes: the CSP allows no inline styles.
 */
export default function GlobalError() {
  return (
    <html lang="en-GB">
      <head>
        <ExitGuardScript />
      </head>
      <body>
        <QuickExit destination={FALLBACK_EXIT_URL} />
        <div className="page-container py-16">
          <h1 className="text-step-4">Sorry, this page is not available right now</h1>
          <p className="mt-4 max-w-prose">Something went wrong while loading this page. Please try again in a few minutes.</p>
          <p className="mt-4">
            {/* A full page load, not a client transition: the app shell itself is broken here. */}
            <a href="/">Go to the home page</a>
          </p>
        </div>
      </body>
    </html>
  );
}
