import type { ReactNode } from 'react';
import type { FieldTags } from '@/lib/content/field-tags';
import { PageTitle } from './page-title';

/** An entry's own page (an ask, a research summary) in one reading column, under its section link. */
export function EntryArticle({ back, title, tags, children }: { back: { href: string; label: string }; title: string; tags: FieldTags; children: ReactNode }) {
  return (
    <article className="page-container py-10">
      <div className="max-w-prose">
        <PageTitle back={back} title={title} tags={tags} />
        {children}
      </div>
    </article>
  );
}
