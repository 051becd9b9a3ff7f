import type { TagField } from '@/lib/content/field-tags';

/**
 * One text field of an entry in its own element, with the inspector tags that let Live Preview
 * outline it and update it in place (`tag` is `untagged` for readers: no attributes at all).
 */
export function EntryText<Field extends string>({
  as: Element = 'p',
  entry,
  field,
  tag,
  className,
}: {
  as?: 'p' | 'h2' | 'h3';
  entry: { id: string } & Record<Field, string>;
  field: Field;
  tag: TagField;
  className: string;
}) {
  return (
    <Element className={className} {...tag(entry.id, field)}>
      {entry[field]}
    </Element>
  );
}
