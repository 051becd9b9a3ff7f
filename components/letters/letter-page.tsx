import { RichText } from '@/components/rich-text/rich-text';
import { LinkList } from '@/components/ui/link-list';
import { PageTitle } from '@/components/ui/page-title';
import type { RichTextDocument } from '@/lib/content/core/fields';
import type { TagField } from '@/lib/content/field-tags';
import { letterJsonPath } from '@/lib/content/paths';
import type { PublicCount } from '@/lib/letters/tally';
import { AreaTable } from './area-table';
import { LetterCount } from './letter-count';
import { SignForm } from './sign-form';
import { SupportersList } from './supporters-list';

interface Letter {
  id: string;
  slug: string;
  title: string;
  summary: string;
  addressee: string;
  body: RichTextDocument;
  asks: { href: string; title: string }[];
  target: number;
  milestones: number[];
  wordingVersion: string;
}

/** /act/<slug> for an open letter: the letter, its count and the form. Static; the count revalidates in batches. */
export function LetterPage({ letter, open, count, tag }: { letter: Letter; open: boolean; count: PublicCount | null; tag: TagField }) {
  return (
    <article className="page-container py-10">
      <PageTitle back={{ href: '/act', label: 'Take action' }} title={letter.title} tags={tag(letter.id, 'title')} className="mt-1 max-w-prose text-step-4" />
      <p className="mt-3 max-w-prose text-step-1" {...tag(letter.id, 'summary')}>
        {letter.summary}
      </p>
      <div className="mt-6 max-w-xl">
        <LetterCount id={letter.slug} total={count?.tally.total ?? null} target={letter.target} milestones={letter.milestones} />
      </div>
      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="letter-heading" className="max-w-prose">
          <h2 id="letter-heading" className="text-step-2">
            The letter
          </h2>
          <p className="mt-2 font-semibold">
            To: <span {...tag(letter.id, 'addressee')}>{letter.addressee}</span>
          </p>
          <div className="prose mt-4" {...tag(letter.id, 'body')}>
            <RichText document={letter.body} />
          </div>
          {letter.asks.length > 0 ? (
            <>
              <h3 className="mt-8 text-step-1">The asks it supports</h3>
              <LinkList links={letter.asks.map(({ href, title }) => ({ href, label: title }))} className="mt-2 list-disc space-y-1 pl-6" />
            </>
          ) : null}
        </section>
        <section aria-labelledby="sign-heading" id="sign">
          <h2 id="sign-heading" className="text-step-2">
            Add your name
          </h2>
          {open ? (
            <>
              <p className="mt-2 mb-4 text-muted">Your name is counted once you confirm it from the email we send you.</p>
              <SignForm letter={letter} />
            </>
          ) : (
            <p className="mt-2">This letter is closed and no longer taking names. Thank you to everyone who signed.</p>
          )}
        </section>
      </div>
      <AreaTable areas={count?.tally.byArea ?? []} jsonHref={letterJsonPath(letter.slug)} />
      <SupportersList supporters={count?.supporters ?? []} />
    </article>
  );
}
