import type { FieldTags } from '@/lib/content/field-tags';

/** Lines of plain text as a list, numbered or bulleted; each line is its own key, as no list repeats one. */
export function TextList({ lines, numbered = false, className, tags }: { lines: string[]; numbered?: boolean; className: string; tags?: FieldTags }) {
  const List = numbered ? 'ol' : 'ul';
  return (
    <List className={className} {...tags}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </List>
  );
}
