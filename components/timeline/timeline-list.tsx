import { untagged, type TagField } from '@/lib/content/field-tags';
import { EntryText } from '@/components/ui/entry-text';
import { FormattedDate } from '@/components/ui/formatted-date';

interface TimelineEvent {
  id: string;
  date: string;
  title: string;
  description: string;
  link: string | null;
  category: 'legal' | 'parliament' | 'campaign';
}

const CATEGORY_LABELS: Record<TimelineEvent['category'], string> = {
  legal: 'Legal case',
  parliament: 'Parliament',
  campaign: 'Campaign',
};

function EventLink({ event }: { event: TimelineEvent }) {
  if (!event.link) return null;
  const text = (
    <>
      Find out more<span className="sr-only"> about {event.title}</span>
    </>
  );
  const internal = event.link.startsWith('/') && !event.link.startsWith('//');
  return (
    <p className="mt-2">
      {internal ? (
        <a href={event.link}>{text}</a>
      ) : (
        <a href={event.link} rel="noreferrer noopener">
          {text}
        </a>
      )}
    </p>
  );
}

/** Milestones in date order as a semantic ordered list; the line is decoration only. */
export function TimelineList({ events, headingLevel = 2, tag = untagged }: { events: TimelineEvent[]; headingLevel?: 2 | 3; tag?: TagField }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="mt-6 border-l-4 border-brand">
      {events.map((event) => (
        <li key={event.id} className="relative pb-8 pl-6 last:pb-0">
          <span aria-hidden="true" className="absolute top-2 -left-[0.7rem] h-4 w-4 rounded-full border-4 border-brand bg-paper" />
          <p className="text-step--1 font-semibold text-muted">
            <FormattedDate iso={event.date} tags={tag(event.id, 'date')} /> · {CATEGORY_LABELS[event.category]}
          </p>
          <EntryText as={Heading} entry={event} field="title" tag={tag} className="mt-1 text-step-1" />
          <EntryText entry={event} field="description" tag={tag} className="mt-1 max-w-prose" />
          <EventLink event={event} />
        </li>
      ))}
    </ol>
  );
}
