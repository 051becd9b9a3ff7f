import { untagged, type TagField } from '@/lib/content/field-tags';
import { pathFor } from '@/lib/content/paths';
import { EntryTitle } from '@/components/ui/entry-title';
import { LetterCount } from './letter-count';

/** What a list shows of a letter. */
export interface LetterListEntry {
  id: string;
  slug: string;
  title: string;
  summary: string;
  target: number;
  milestones: number[];
}

/** A letter in a list (/act, the home page): its title, summary and count. */
export function LetterSummary({
  letter,
  total,
  idPrefix,
  tag = untagged,
  children,
}: {
  letter: LetterListEntry;
  total: number | null;
  idPrefix: string;
  tag?: TagField;
  children?: React.ReactNode;
}) {
  return (
    <li className="max-w-2xl">
      <EntryTitle level={3} className="text-step-2" href={pathFor('openLetter', letter.slug)} title={letter.title} tags={tag(letter.id, 'title')} />
      <p className="mt-1" {...tag(letter.id, 'summary')}>
        {letter.summary}
      </p>
      {children}
      <div className="mt-3">
        <LetterCount id={`${idPrefix}${letter.slug}`} total={total} target={letter.target} milestones={letter.milestones} headingLevel={4} />
      </div>
    </li>
  );
}
