/** Baseline quick exit: a plain link that works without JavaScript. */
export function QuickExit({ destination }: { destination: string }) {
  return (
    <aside aria-label="Quick exit" className="sticky top-0 z-50 flex justify-end bg-ink px-4 py-2">
      <a href={destination} rel="noreferrer" className="rounded bg-danger px-4 py-2 font-bold text-white no-underline">
        Exit this site
      </a>
    </aside>
  );
}
