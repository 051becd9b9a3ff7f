import type { ReactNode } from 'react';

/** A section's index (/asks, /research, /timeline, /act): its heading and what the section holds, then the list. */
export function SectionPage({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <div className="page-container py-10">
      <h1 className="text-step-4">{title}</h1>
      <p className="mt-3 max-w-prose text-step-1">{intro}</p>
      {children}
    </div>
  );
}
