import type { FieldTags } from '@/lib/content/field-tags';

/** A plain-text field's paragraphs under one tagged element, so Live Preview redraws them as a whole. */
export function Paragraphs({ paragraphs, className, tags }: { paragraphs: string[]; className: string; tags: FieldTags }) {
  return (
    <div {...tags}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph} className={className}>
          {paragraph}
        </p>
      ))}
    </div>
  );
}
