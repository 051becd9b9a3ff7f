import { progress } from '@/lib/letters/tally';

const n = (v: number) => v.toLocaleString('en-GB');

/** The confirmed count, progress to the next milestone and the milestones passed. */
export function LetterCount({ id, total, target, milestones, headingLevel = 2 }: { id: string; total: number | null; target: number; milestones: number[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]!;
  const headingId = `${id}-count`;
  if (total === null) {
    return (
      <section aria-labelledby={headingId} className="border-l-8 border-brand bg-surface p-4">
        <Heading id={headingId} className="text-step-1 font-bold">
          Names so far
        </Heading>
        <p className="mt-1">The count is being updated. Please check back in a minute.</p>
      </section>
    );
  }
  const p = progress(total, milestones, target);
  const goal = p.next ?? target;
  return (
    <section aria-labelledby={headingId} className="border-l-8 border-brand bg-surface p-4">
      <Heading id={headingId} className="text-step-1 font-bold">
        Names so far
      </Heading>
      <p className="mt-1 text-step-3 font-bold" data-letter-count={total}>
        {n(total)} <span className="text-step-0 font-normal">confirmed {total === 1 ? 'name' : 'names'}</span>
      </p>
      <label htmlFor={`${id}-progress`} className="mt-2 block">
        {p.next === null ? `Target of ${n(target)} reached` : `${n(goal - total)} more to reach ${n(goal)}`}
      </label>
      <progress id={`${id}-progress`} max={goal} value={Math.min(total, goal)} className="mt-1 h-4 w-full max-w-md accent-brand">
        {p.percent}%
      </progress>
      {p.milestones.length > 1 ? (
        <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-muted" aria-label="Milestones">
          {p.milestones.map((m) => (
            <li key={m.count}>
              {m.reached ? '✓ ' : ''}
              {n(m.count)}
              {m.count === target ? ' (target)' : ''}
              <span className="sr-only">{m.reached ? ', reached' : ', not yet reached'}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
