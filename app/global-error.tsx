'use client';

/** Last-resort page when the root layout itself fails; it must render its own html and body. */
export default function GlobalError() {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem', color: '#1d2a44' }}>
        <h1>Sorry, this page is not available right now</h1>
        <p>Something went wrong while loading this page. Please try again in a few minutes.</p>
        <p>
          {/* A full page load, not a client transition: the app shell itself is broken here. */}
          <a href="/" style={{ color: '#0b5560' }}>
            Go to the home page
          </a>
        </p>
      </body>
    </html>
  );
}
