import type { Metadata } from 'next';
import { getTimelineEvents } from '@/lib/content/timeline';
import { inspectorTags } from '@/lib/content/inspector';
import { TimelineList } from '@/components/timeline/timeline-list';
import { pageMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Timeline',
    description: 'The legal case against the Child Maintenance Service and the campaign’s milestones in Parliament, in date order.',
    path: '/timeline',
  });
}

export default async function TimelinePage() {
  const [events, tag] = await Promise.all([getTimelineEvents(), inspectorTags()]);
  return (
    <div className="page-container py-10">
      <h1 className="text-step-4">Timeline</h1>
      <p className="mt-3 max-w-prose text-step-1">
        The legal case, the campaign and its milestones in Parliament, oldest first.
      </p>
      <TimelineList events={events} tag={tag} />
    </div>
  );
}
