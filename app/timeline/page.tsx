import type { Metadata } from 'next';
import { getTimelineEvents } from '@/lib/content/timeline';
import { inspectorTags } from '@/lib/content/inspector';
import { TimelineList } from '@/components/timeline/timeline-list';
import { SectionPage } from '@/components/ui/section-page';
import { pageMetadata } from '@/lib/seo/metadata';

export const generateMetadata = (): Promise<Metadata> => pageMetadata({ title: 'Timeline', description: 'The legal case against the Child Maintenance Service and the campaign’s milestones in Parliament, in date order.', path: '/timeline' });

export default async function TimelinePage() {
  const [events, tag] = await Promise.all([getTimelineEvents(), inspectorTags()]);
  return (
    <SectionPage title="Timeline" intro="The legal case, the campaign and its milestones in Parliament, oldest first.">
      <TimelineList events={events} tag={tag} />
    </SectionPage>
  );
}
