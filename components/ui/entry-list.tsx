import type { ReactNode } from 'react';
import type { FieldTags } from '@/lib/content/field-tags';
import { EntryTitle } from './entry-title';

/** A section's entries (/asks, /research), one under another; `numbered` where their order is meaningful. */
export function EntryList({ numbered = false, children }: { numbered?: boolean; children: ReactNode }) {
  const List = numbered ? 'ol' : 'ul';
  return <List className="mt-8 space-y-8">{children}</List>;
}

/** One entry of an `EntryList`, under a rule: its title linking to its page, then what the list shows of it. */
export function EntryListItem({ href, title, tags, children }: { href: string; title: string; tags: FieldTags; children: ReactNode }) {
  return (
    <li className="border-t border-line pt-4">
      <EntryTitle level={2} className="text-step-2" href={href} title={title} tags={tags} />
      {children}
    </li>
  );
}
