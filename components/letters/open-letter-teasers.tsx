import type { TagField } from '@/lib/content/field-tags';
import { pathFor } from '@/lib/content/paths';
import { PageSection } from '@/components/ui/page-section';
import { LetterSummary, type LetterListEntry } from './letter-summary';

/** The home page's call to add a name, with the live count, for each letter still open (`totals` null while the count is being updated). */
export function OpenLetterTeasers({ letters, totals, tag }: { letters: LetterListEntry[]; totals: Record<string, number> | null; tag?: TagField }) {
  if (letters.length === 0) return null;
  return (
    <PageSection id="letters" title="Add your name">
      <ul className="mt-4 space-y-6">
        {letters.map((l) => (
          <LetterSummary key={l.slug} letter={l} total={totals ? (totals[l.slug] ?? 0) : null} idPrefix="home-" tag={tag}>
            <p className="mt-3">
              <a href={`${pathFor('openLetter', l.slug)}#sign`} className="inline-block rounded bg-brand px-5 py-3 font-bold text-paper no-underline hover:bg-brand-dark hover:text-paper">
                Add your name to the letter
              </a>
            </p>
          </LetterSummary>
        ))}
      </ul>
    </PageSection>
  );
}
