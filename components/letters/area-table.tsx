import type { AreaCount } from '@/lib/letters/tally';

/** Confirmed names per constituency (or postcode district where the constituency is not known). */
export function AreaTable({ areas, jsonHref }: { areas: AreaCount[]; jsonHref: string }) {
  return (
    <section aria-labelledby="areas-heading" className="mt-10">
      <h2 id="areas-heading" className="text-step-2">
        Names by constituency
      </h2>
      {areas.length === 0 ? (
        <p className="mt-2">No confirmed names yet.</p>
      ) : (
        <div className="mt-3 max-h-96 max-w-xl overflow-y-auto" tabIndex={0} role="region" aria-label="Table of names by constituency (scrolls)">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-1 pr-4">
                  Constituency or postcode district
                </th>
                <th scope="col" className="py-1 text-right">
                  Names
                </th>
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr key={a.code} className="border-b border-line">
                  <td className="py-1 pr-4">{a.name}</td>
                  <td className="py-1 text-right">{a.count.toLocaleString('en-GB')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-2 text-muted">
        Where we could not find a postcode’s constituency, its name is counted by postcode district. The same figures as{' '}
        <a href={jsonHref}>open data (JSON)</a>.
      </p>
    </section>
  );
}
