type AskStatus = 'calling-for' | 'in-progress' | 'won';

const LABELS: Record<AskStatus, string> = {
  'calling-for': 'Calling for',
  'in-progress': 'In progress',
  won: 'Won',
};

export function AskStatusTag({ status }: { status: AskStatus }) {
  return (
    <p className="inline-block rounded bg-accent px-2 py-0.5 text-step--1 font-semibold text-ink">
      <span className="sr-only">Status: </span>
      {LABELS[status]}
    </p>
  );
}
