import type { Metadata } from 'next';
import { PageSection } from '@/components/ui/page-section';
import { SectionPage } from '@/components/ui/section-page';
import { LetterSummary } from '@/components/letters/letter-summary';
import { ActionList } from '@/components/write-to-mp/action-links';
import { inspectorTags } from '@/lib/content/inspector';
import { getOpenLetters, isOpenForSigning } from '@/lib/content/open-letters';
import { getWriteToMpActions } from '@/lib/content/write-to-mp';
import { getTotals } from '@/lib/letters/public';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({ title: 'Take action', description: 'Ways to push for a Child Maintenance Service that works: add your name to our open letter, write to your MP.', path: '/act' });
}

/** Every campaign action, whatever its type; each type adds its own section. */
export default async function ActPage() {
  const [letters, writeToMp, tag] = await Promise.all([getOpenLetters(), getWriteToMpActions(), inspectorTags()]);
  const totals = await getTotals(letters.map((l) => l.slug));
  return (
    <SectionPage title="Take action" intro="Every name and every letter shows the government how many families the CMS is failing.">
      {letters.length > 0 ? (
        <PageSection id="letters" title="Open letters" className="mt-10">
          <ul className="mt-4 space-y-8">
            {letters.map((l) => (
              <LetterSummary key={l.slug} letter={l} total={totals ? (totals[l.slug] ?? 0) : null} idPrefix="act-" tag={tag}>
                {!isOpenForSigning(l) ? <p className="mt-1 font-semibold">Closed</p> : null}
              </LetterSummary>
            ))}
          </ul>
        </PageSection>
      ) : null}
      <PageSection id="write" title="Write to your MP" className="mt-10">
        <ActionList actions={writeToMp} empty="There is no letter to write at the moment." tag={tag} />
      </PageSection>
    </SectionPage>
  );
}
