import type { Metadata } from 'next';
import { PageSection } from '@/components/ui/page-section';
import { SignupForm } from '@/components/newsletter/signup-form';
import { pathFor } from '@/lib/content/paths';
import { getCampaignStats } from '@/lib/content/stats';
import { getLatestNews } from '@/lib/content/news';
import { getPolicyAsks } from '@/lib/content/asks';
import { getSiteSettings } from '@/lib/content/site-settings';
import { getTimelineEvents } from '@/lib/content/timeline';
import { inspectorTags } from '@/lib/content/inspector';
import { getActionsShownOn } from '@/lib/content/write-to-mp';
import { getOpenLetters, isOpenForSigning } from '@/lib/content/open-letters';
import { getTotals } from '@/lib/letters/public';
import { ActionPromo } from '@/components/write-to-mp/action-links';
import { StatList } from '@/components/stats/stat-list';
import { OpenLetterTeasers } from '@/components/letters/open-letter-teasers';
import { NewsListItem } from '@/components/news/news-list-item';
import { TimelineList } from '@/components/timeline/timeline-list';
import { JsonLd } from '@/components/seo/json-ld';
import { EntryTitle } from '@/components/ui/entry-title';
import { pageMetadata } from '@/lib/seo/metadata';
import { campaignOrganization } from '@/lib/seo/structured-data';

const TIMELINE_TEASER_LENGTH = 3;

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  const meta = await pageMetadata({ title: settings.campaignName, description: settings.strapline, path: '/' });
  // The home page is the title template's root, so it shows the name alone.
  return { ...meta, title: { absolute: settings.campaignName } };
}

export default async function HomePage() {
  const [settings, stats, asks, news, events, tag, actions, allLetters] = await Promise.all([
    getSiteSettings(),
    getCampaignStats(),
    getPolicyAsks(),
    getLatestNews(3),
    getTimelineEvents(),
    inspectorTags(),
    getActionsShownOn('home'),
    getOpenLetters(),
  ]);
  const letters = allLetters.filter((l) => isOpenForSigning(l));
  const letterTotals = await getTotals(letters.map((l) => l.slug));
  const legal = events.filter((e) => e.category === 'legal').slice(-TIMELINE_TEASER_LENGTH);

  return (
    <div className="page-container py-10">
      <JsonLd data={campaignOrganization(settings)} />
      <section aria-labelledby="intro-heading" className="max-w-prose">
        <h1 id="intro-heading" className="text-step-4">
          {settings.campaignName}
        </h1>
        <p className="mt-3 text-step-2">{settings.strapline}</p>
        <p className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
          <a
            href="#signup"
            className="inline-block rounded bg-brand px-5 py-3 text-step-1 font-bold text-paper no-underline hover:bg-brand-dark hover:text-paper"
          >
            Sign up for campaign updates
          </a>
          <a href="/donate" className="text-step-1 font-semibold">
            Donate to the campaign
          </a>
        </p>
        <ActionPromo actions={actions} tag={tag} />
      </section>

      <OpenLetterTeasers letters={letters} totals={letterTotals} tag={tag} />

      <PageSection id="stats" title="The campaign in numbers">
        <StatList stats={stats} tag={tag} />
      </PageSection>

      <PageSection id="asks" title="What we are asking for">
        <ul className="mt-4 grid gap-6 md:grid-cols-2">
          {asks.map((ask) => (
            <li key={ask.id}>
              <EntryTitle level={3} className="text-step-1" href={pathFor('policyAsk', ask.slug)} title={ask.title} tags={tag(ask.id, 'title')} />
              <p className="mt-1" {...tag(ask.id, 'statement')}>
                {ask.statement}
              </p>
            </li>
          ))}
        </ul>
        <p className="mt-6">
          <a href="/asks">All our asks and the evidence behind them</a>
        </p>
      </PageSection>

      <PageSection id="news" title="Latest news">
        <ul className="mt-4 space-y-6">
          {news.map((item) => (
            <li key={item.id}>
              <NewsListItem item={item} headingLevel={3} tag={tag} />
            </li>
          ))}
        </ul>
        <p className="mt-6">
          <a href="/news">All campaign news</a>
        </p>
      </PageSection>

      <PageSection id="timeline" title="The legal case so far">
        <TimelineList events={legal} headingLevel={3} tag={tag} />
        <p className="mt-6">
          <a href="/timeline">The full timeline of the case and the campaign</a>
        </p>
      </PageSection>

      <div className="mt-14 rounded border border-line bg-surface p-6">
        <SignupForm source="home" id="signup" title="Get campaign updates" />
      </div>
    </div>
  );
}
