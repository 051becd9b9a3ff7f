import { getOpenLetters, isOpenForSigning } from '@/lib/content/open-letters';
import { letterPath } from '@/lib/letters/paths';
import { getTotals } from '@/lib/letters/public';
import { LetterCount } from './letter-count';

/** The home page's call to add a name, with the live count, for each letter still open. */
export async function OpenLetterTeasers() {
  const letters = (await getOpenLetters()).filter((l) => isOpenForSigning(l));
  if (letters.length === 0) return null;
  const totals = await getTotals(letters.map((l) => l.slug));
  return (
    <section aria-labelledby="letters-heading" className="mt-14">
      <h2 id="letters-heading" className="text-step-3">
        Add your name
      </h2>
      <ul className="mt-4 space-y-6">
        {letters.map((l) => (
          <li key={l.slug} className="max-w-2xl">
            <h3 className="text-step-2">
              <a href={letterPath(l.slug)}>{l.title}</a>
            </h3>
            <p className="mt-1">{l.summary}</p>
            <div className="mt-3">
              <LetterCount id={`home-${l.slug}`} total={totals ? (totals[l.slug] ?? 0) : null} target={l.target} milestones={l.milestones} headingLevel={4} />
            </div>
            <p className="mt-3">
              <a href={`${letterPath(l.slug)}#sign`} className="inline-block rounded bg-brand px-5 py-3 font-bold text-paper no-underline hover:bg-brand-dark hover:text-paper">
                Add your name to the letter
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
