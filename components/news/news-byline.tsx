import { FormattedDate } from '@/components/ui/formatted-date';
import type { TagField } from '@/lib/content/field-tags';

/** When an article was published and by whom: under its title in lists and on its page. */
export function NewsByline({ item, className, tag }: { item: { id: string; publishDate: string; organisation: string }; className: string; tag: TagField }) {
  return (
    <p className={className}>
      <FormattedDate iso={item.publishDate} tags={tag(item.id, 'publishDate')} /> · <span {...tag(item.id, 'organisation')}>{item.organisation}</span>
    </p>
  );
}
