type AskStatus = 'calling-for' | 'in-progress' | 'won';

const LABELS: Record<AskStatus, string> = {
  'calling-for': 'Calling for',
  'in-progress': 'In progress',
  won: 'Won',
};

/** An ask's status as a badge on a line of its own; `className` spaces that line. */
export function AskStatusTag({ status, className }: { status: AskStatus; className: string }) {
  return (
    <div className={className}>
      <p className="inline-block rounded bg-accent px-2 py-0.5 text-step--1 font-semibold text-ink">
        <span className="sr-only">Status: </span>
        {LABELS[status]}
      </p>
    </div>
  );
}
