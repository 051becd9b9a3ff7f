import { newsListPath } from '@/lib/content/paths';

/** "legal-case" reads as "legal case"; hyphens before digits ("covid-19") stay. */
export function tagLabel(tag: string): string {
  return tag.replace(/-(?!\d)/g, ' ');
}

/** Links to each tag's news list; `className` places the list (an article's tags sit under its summary). */
export function TagLinks({ tags, current, className = '' }: { tags: string[]; current?: string | undefined; className?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className={`flex flex-wrap gap-2 ${className}`.trim()} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <a
            href={newsListPath(1, tag)}
            aria-current={tag === current ? 'page' : undefined}
            className="inline-block rounded-full border border-brand px-3 py-0.5 text-step--1 no-underline aria-[current=page]:bg-brand aria-[current=page]:text-paper"
          >
            <span className="sr-only">News tagged </span>
            {tagLabel(tag)}
          </a>
        </li>
      ))}
    </ul>
  );
}
