import type { PublicSupporter } from '@/lib/letters/tally';

/** Only people who ticked "show my first name and area", newest first. */
export function SupportersList({ supporters }: { supporters: PublicSupporter[] }) {
  if (supporters.length === 0) return null;
  return (
    <section aria-labelledby="supporters-heading" className="mt-10">
      <h2 id="supporters-heading" className="text-step-2">
        Recent supporters
      </h2>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
        {supporters.map((s, i) => (
          <li key={i}>
            {s.firstName}, {s.area}
          </li>
        ))}
      </ul>
    </section>
  );
}
