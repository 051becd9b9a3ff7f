'use client';

/** Shown when a page cannot be built, for example when Contentful is down; never shows internals. */
export default function ErrorPage() {
  return (
    <div className="page-container py-16">
      <h1 className="text-step-4">Sorry, this page is not available right now</h1>
      <p className="mt-4 max-w-prose">
        Something went wrong while loading this page. Please try again in a few minutes.
      </p>
      <p className="mt-4">
        <a href="/">Go to the home page</a>
      </p>
    </div>
  );
}
