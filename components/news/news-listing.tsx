import type { TagField } from '@/lib/content/field-tags';
import { NewsListItem, type NewsListEntry } from './news-list-item';
import { Pagination } from './pagination';
import { TagLinks, tagLabel } from '@/components/ui/tag-links';
import { newsListPath } from '@/lib/content/paths';

interface NewsListingProps {
  result: { items: NewsListEntry[]; page: number; pageCount: number };
  tags: string[];
  tag?: string | undefined;
  /** The request's inspector tagger (`inspectorTags()`), from the page. */
  fieldTags: TagField;
}

/** The body of every news list route: /news, its pages, and the tag-filtered variants. */
export function NewsListing({ result, tags, tag, fieldTags }: NewsListingProps) {
  const heading = tag ? `News tagged “${tagLabel(tag)}”` : 'News';
  return (
    <div className="page-container py-10">
      <h1 className="text-step-4">{heading}</h1>
      {result.pageCount > 1 && (
        <p className="mt-2 text-muted">
          Page {result.page} of {result.pageCount}
        </p>
      )}
      <nav aria-label="Filter news by tag" className="mt-6">
        <p className="mb-2 font-semibold">Filter by tag</p>
        <TagLinks tags={tags} current={tag} />
        {tag && (
          <p className="mt-3">
            <a href="/news">Show all news</a>
          </p>
        )}
      </nav>
      <ol className="mt-8 space-y-8" aria-label={tag ? `News tagged ${tagLabel(tag)}` : 'News, newest first'}>
        {result.items.map((item) => (
          <li key={item.id}>
            <NewsListItem item={item} tag={fieldTags} />
          </li>
        ))}
      </ol>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(n) => newsListPath(n, tag)} />
      <p className="mt-8">
        <a href="/news/rss.xml">News feed (RSS)</a>
      </p>
    </div>
  );
}
