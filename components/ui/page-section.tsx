import type { ReactNode } from 'react';

/** A page's titled block: a `<section>` named by its `<h2>` (`<id>-heading`), so each is a landmark with a label. */
export function PageSection({ id, title, className = 'mt-14', children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className="text-step-3">
        {title}
      </h2>
      {children}
    </section>
  );
}
