import type { FieldTags } from '@/lib/content/field-tags';

/** A page's h1 under the link to the section it belongs to ("News", "Our asks" …). */
export function PageTitle({ back, title, tags, className = 'mt-1 text-step-4' }: { back: { href: string; label: string }; title: string; tags: FieldTags; className?: string }) {
  return (
    <>
      <p className="text-step--1 font-semibold text-muted">
        <a href={back.href}>{back.label}</a>
      </p>
      <h1 className={className} {...tags}>
        {title}
      </h1>
    </>
  );
}
