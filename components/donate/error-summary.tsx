'use client';

import { useEffect, useRef } from 'react';

export interface SummaryError {
  href: string;
  message: string;
}

/** GOV.UK-style error summary: takes focus when it appears so screen readers announce it. */
export function ErrorSummary({ errors, title = 'There is a problem' }: { errors: SummaryError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length === 0) return;
    ref.current?.focus();
    if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`;
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-8 border-4 border-danger bg-surface p-4 focus:outline-none focus-visible:outline-accent">
      <h2 id="error-summary-title" className="text-step-1">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {errors.map((e) => (
          <li key={e.href}>
            <a href={e.href} className="font-semibold text-danger">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
