import type { Metadata } from 'next';
import { getPolicyAsks } from '@/lib/content/asks';
import { inspectorTags } from '@/lib/content/inspector';
import { AskStatusTag } from '@/components/asks/ask-status';
import { EntryList, EntryListItem } from '@/components/ui/entry-list';
import { SectionPage } from '@/components/ui/section-page';
import { pathFor } from '@/lib/content/paths';
import { pageMetadata } from '@/lib/seo/metadata';

export const generateMetadata = (): Promise<Metadata> => pageMetadata({ title: 'Our asks', description: 'What the #FixTheCMS campaign is asking the government to change about the Child Maintenance Service, and why.', path: '/asks' });

export default async function AsksPage() {
  const [asks, tag] = await Promise.all([getPolicyAsks(), inspectorTags()]);
  return (
    <SectionPage title="Our asks" intro="What we want the government to change, and the evidence for each change.">
      <EntryList numbered>
        {asks.map((ask) => (
          <EntryListItem key={ask.id} href={pathFor('policyAsk', ask.slug)} title={ask.title} tags={tag(ask.id, 'title')}>
            <AskStatusTag status={ask.status} className="mt-2" />
            <p className="mt-2 max-w-prose" {...tag(ask.id, 'statement')}>
              {ask.statement}
            </p>
          </EntryListItem>
        ))}
      </EntryList>
    </SectionPage>
  );
}
