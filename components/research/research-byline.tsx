import { FormattedDate } from '@/components/ui/formatted-date';
import type { TagField } from '@/lib/content/field-tags';

/** Who published a piece of research, and when: under its title in the list and on its page. */
export function ResearchByline({ item, className, tag }: { item: { id: string; publisher: string; publishedDate: string }; className: string; tag: TagField }) {
  return (
    <p className={className}>
      <span {...tag(item.id, 'publisher')}>{item.publisher}</span> ·{' '}
      <FormattedDate iso={item.publishedDate} tags={tag(item.id, 'publishedDate')} />
    </p>
  );
}
