import { untagged, type TagField } from '@/lib/content/field-tags';
import { pathFor } from '@/lib/content/paths';
import { isClosed } from '@/lib/write-to-mp/fields';

/** What a list shows of an action. */
interface ActionEntry {
  id: string;
  slug: string;
  title: string;
  closingDate: string | null;
}

/** Links to open actions, for /act and the promo boxes on other pages; closed ones are left out. */
export function ActionList({ actions, empty, tag = untagged }: { actions: ActionEntry[]; empty?: string; tag?: TagField }) {
  const open = actions.filter((a) => !isClosed(a));
  if (open.length === 0) return empty ? <p className="mt-3">{empty}</p> : null;
  return (
    <ul className="mt-3 space-y-4">
      {open.map((a) => (
        <li key={a.id}>
          <a href={pathFor('writeToMp', a.slug)} className="text-step-1 font-bold" {...tag(a.id, 'title')}>
            {a.title}
          </a>
          <p className="mt-1 max-w-prose">Find your MP by postcode and send a letter in your own words, from your own email.</p>
        </li>
      ))}
    </ul>
  );
}

/** "Take action" box on the home page, /get-involved, policy asks and chosen articles. */
export function ActionPromo({ actions, id = 'take-action', tag = untagged }: { actions: ActionEntry[]; id?: string; tag?: TagField }) {
  if (!actions.some((a) => !isClosed(a))) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 max-w-prose border-l-8 border-brand bg-surface p-4">
      <h2 id={`${id}-heading`} className="text-step-2">
        Write to your MP
      </h2>
      <ActionList actions={actions} tag={tag} />
    </section>
  );
}
