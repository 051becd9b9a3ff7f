'use client';

import { ExitGuardScript } from '@/components/quick-exit/exit-guard';
import { FALLBACK_EXIT_URL } from '@/components/quick-exit/exit-guard-script';
import { QuickExit } from '@/components/quick-exit/quick-exit';
import './globals.css';

/**
 * Last-resort page when the root layout itself fails; it must render its own html and body.
 * Settings cannot be read here, so the quick exit uses the default destination.
 */
export default function GlobalError() {
  return (
    <html lang="en-GB">
      <head>
        <ExitGuardScript />
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', color: '#1d2a44' }}>
        <QuickExit destination={FALLBACK_EXIT_URL} />
        <div style={{ margin: '2rem' }}>
          <h1>Sorry, this page is not available right now</h1>
          <p>Something went wrong while loading this page. Please try again in a few minutes.</p>
          <p>
            {/* A full page load, not a client transition: the app shell itself is broken here. */}
            <a href="/" style={{ color: '#0b5560' }}>
              Go to the home page
            </a>
          </p>
        </div>
      </body>
    </html>
  );
}
