import { describe, expect, it } from 'vitest';
import { toCampaignStat } from '@/lib/content/stats';
import { toNewsArticle } from '@/lib/content/news';
import { toPage } from '@/lib/content/pages';
import { toPolicyAsk } from '@/lib/content/asks';
import { toResearchSummary } from '@/lib/content/research';
import { toSiteSettings } from '@/lib/content/site-settings';
import { toTimelineEvent } from '@/lib/content/timeline';
import type { RawEntry } from '@/lib/content/core/entries';
import { localClient } from '../support/content-client';
import { seed } from '../support/seed';

const mappers: Record<string, (e: RawEntry) => unknown> = {
  newsArticle: toNewsArticle,
  researchSummary: toResearchSummary,
  policyAsk: toPolicyAsk,
  campaignStat: toCampaignStat,
  timelineEvent: toTimelineEvent,
  page: toPage,
  siteSettings: toSiteSettings,
};

// The Preview view holds every entry, drafts included, with links resolved by the SDK.
const client = localClient('preview');

async function resolvedEntries(type: string): Promise<RawEntry[]> {
  const { items } = await client.getEntries({ content_type: type, include: 3, limit: 1000 });
  return items as RawEntry[];
}

describe('mappers', () => {
  it.each(Object.keys(mappers))('accept every seed %s entry', async (type) => {
    const entries = await resolvedEntries(type);
    expect(entries.length).toBe(seed.entries.filter((e) => e.sys.contentType.sys.id === type).length);
    for (const entry of entries) expect(mappers[type]!(entry), entry.sys.id).not.toBeNull();
  });

  const base = async () => structuredClone((await resolvedEntries('newsArticle'))[0]!);

  it.each([
    ['an empty title', { title: '' }],
    ['a slug with spaces', { slug: 'Not A Slug' }],
    ['an overlong summary', { summary: 'x'.repeat(281) }],
    ['a missing hero alt text', { heroImageAlt: undefined }],
    ['a malformed date', { publishDate: '24/06/2020' }],
    ['no sources', { sources: [] }],
    ['a tag with capitals', { tags: ['Legal'] }],
  ])('reject a news article with %s', async (_label, change) => {
    const entry = await base();
    Object.assign(entry.fields, change);
    expect(toNewsArticle(entry)).toBeNull();
  });

  it('rejects an ask with an unknown status and a stat with no source', async () => {
    const ask = structuredClone((await resolvedEntries('policyAsk'))[0]!);
    ask.fields.status = 'pending';
    expect(toPolicyAsk(ask)).toBeNull();
    const stat = structuredClone((await resolvedEntries('campaignStat'))[0]!);
    delete stat.fields.source;
    expect(toCampaignStat(stat)).toBeNull();
  });

  it('rejects a timeline link that is neither a site path nor https', async () => {
    const event = structuredClone((await resolvedEntries('timelineEvent'))[0]!);
    event.fields.link = 'javascript:alert(1)';
    expect(toTimelineEvent(event)).toBeNull();
  });

  it('splits why-it-matters into paragraphs', async () => {
    const ask = structuredClone((await resolvedEntries('policyAsk'))[0]!);
    ask.fields.whyItMatters = 'First paragraph.\n\nSecond paragraph.';
    expect(toPolicyAsk(ask)?.whyItMatters).toEqual(['First paragraph.', 'Second paragraph.']);
  });
});
