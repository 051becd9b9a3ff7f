import type { RichTextDocument } from '@/lib/content/core/fields';
import type { TagField } from '@/lib/content/field-tags';
import { RichText } from './rich-text';

/** An editors' page (`page` entry): its title and Rich Text body, tagged for Live Preview. */
export function PageCopy({ page, tag }: { page: { id: string; title: string; body: RichTextDocument }; tag: TagField }) {
  return (
    <>
      <h1 className="text-step-4" {...tag(page.id, 'title')}>
        {page.title}
      </h1>
      <div className="mt-6" {...tag(page.id, 'body')}>
        <RichText document={page.body} />
      </div>
    </>
  );
}
