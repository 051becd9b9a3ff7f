'use client';

import { useEffect, useRef } from 'react';

export interface SummaryItem {
  href: string;
  text: string;
}

function focusField(event: React.MouseEvent<HTMLAnchorElement>, href: string) {
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * GOV.UK error summary, shared by every form. It takes focus when it appears (`autoFocus` covers
 * a page rendered after a no-JavaScript post, the effect each new result with JavaScript) and
 * prefixes the tab title with "Error:" so screen reader users hear it on arrival.
 */
export function ErrorSummary({ items, message, trigger }: { items: SummaryItem[]; message?: string | undefined; trigger: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0 || !!message;
  useEffect(() => {
    if (!shown) return;
    ref.current?.focus();
    if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`;
  }, [trigger, shown]);
  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} autoFocus className="mb-6 border-4 border-danger bg-surface p-4 focus:outline-3 focus:outline-accent">
      <div role="alert">
        <h2 className="text-step-1 font-bold">There is a problem</h2>
        {message && <p className="mt-2">{message}</p>}
        {items.length > 0 && (
          <ul className="mt-2 space-y-1">
            {items.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="font-bold text-danger" onClick={(event) => focusField(event, item.href)}>
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-bold text-danger">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}
