import type { FieldTags } from '@/lib/content/field-tags';

/** An entry's title in a list, linking to its page; `level` keeps the outline valid wherever the list sits. */
export function EntryTitle({ level, className, href, title, tags }: { level: 2 | 3; className: string; href: string; title: string; tags: FieldTags }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading className={className}>
      <a href={href} {...tags}>
        {title}
      </a>
    </Heading>
  );
}
