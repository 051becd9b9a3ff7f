import { untagged, type TagField } from '@/lib/content/field-tags';
import { EntryTitle } from '@/components/ui/entry-title';
import { TagLinks } from '@/components/ui/tag-links';
import { pathFor } from '@/lib/content/paths';
import { NewsByline } from './news-byline';

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
  return (
    <article className="border-t border-line pt-4">
      <EntryTitle level={headingLevel} className={headingLevel === 2 ? 'text-step-2' : 'text-step-1'} href={pathFor('newsArticle', item.slug)} title={item.title} tags={tag(item.id, 'title')} />
      <NewsByline item={item} className="mt-1 text-step--1 text-muted" tag={tag} />
      <p className="mt-2 max-w-prose" {...tag(item.id, 'summary')}>
        {item.summary}
      </p>
      <TagLinks tags={item.tags} className="mt-3" />
    </article>
  );
}
