import { untagged, type TagField } from '@/lib/content/field-tags';
import { FormattedDate } from '@/components/ui/formatted-date';
import { TagLinks } from '@/components/ui/tag-links';
import { pathFor } from '@/lib/content/paths';

/** What a list shows of an article. */
export interface NewsListEntry {
  id: string;
  slug: string;
  title: string;
  summary: string;
  publishDate: string;
  organisation: string;
  tags: string[];
}

/** One news summary; `headingLevel` keeps the outline valid wherever the list sits. */
export function NewsListItem({ item, headingLevel = 2, tag = untagged }: { item: NewsListEntry; headingLevel?: 2 | 3; tag?: TagField }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="border-t border-line pt-4">
      <Heading className={headingLevel === 2 ? 'text-step-2' : 'text-step-1'}>
        <a href={pathFor('newsArticle', item.slug)} {...tag(item.id, 'title')}>
          {item.title}
        </a>
      </Heading>
      <p className="mt-1 text-step--1 text-muted">
        <FormattedDate iso={item.publishDate} tags={tag(item.id, 'publishDate')} /> · <span {...tag(item.id, 'organisation')}>{item.organisation}</span>
      </p>
      <p className="mt-2 max-w-prose" {...tag(item.id, 'summary')}>
        {item.summary}
      </p>
      <div className="mt-3">
        <TagLinks tags={item.tags} />
      </div>
    </article>
  );
}
