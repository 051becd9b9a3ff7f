import { describe, expect, it } from 'vitest';
import { CONTENT_TAG, entryTag, slugTag } from '@/lib/content/core/tags';
import { TYPE_TAGS } from '@/lib/content/registry';
import { WEBHOOK_TOPICS, isWebhookTopic } from '@/lib/content/webhook-topics';
import { planRevalidation } from '@/lib/content/webhook';

const link = (id: string) => ({ sys: { type: 'Link', linkType: 'ContentType', id } });

describe('planRevalidation', () => {
  it('maps a news publish to the entry, its slug, news lists and the asks that cite news', () => {
    const plan = planRevalidation('ContentManagement.Entry.publish', {
      sys: { id: 'news-1', type: 'Entry', contentType: link('newsArticle') },
      fields: { title: { 'en-GB': 'A title' }, slug: { 'en-GB': 'a-title' } },
    });
    expect(plan).toEqual({
      ok: true,
      entryId: 'news-1',
      contentType: 'newsArticle',
      tags: [entryTag('news-1'), TYPE_TAGS.newsArticle, TYPE_TAGS.policyAsk, slugTag('newsArticle', 'a-title')],
    });
  });

  it('maps a stat publish to the stats tag only', () => {
    const plan = planRevalidation('ContentManagement.Entry.publish', {
      sys: { id: 'stat-1', type: 'Entry', contentType: link('campaignStat') },
      fields: { value: { 'en-GB': '1' } },
    });
    expect(plan.ok && plan.tags).toEqual([entryTag('stat-1'), TYPE_TAGS.campaignStat]);
  });

  it('handles an unpublish tombstone with its content type by id and type', () => {
    const plan = planRevalidation('ContentManagement.Entry.unpublish', {
      sys: { id: 'ask-1', type: 'DeletedEntry', contentType: link('policyAsk') },
    });
    expect(plan.ok && plan.tags).toEqual([entryTag('ask-1'), TYPE_TAGS.policyAsk, TYPE_TAGS.newsArticle]);
  });

  it('revalidates all content for a tombstone that does not say its type', () => {
    const plan = planRevalidation('ContentManagement.Entry.delete', { sys: { id: 'x1', type: 'DeletedEntry' } });
    expect(plan.ok && plan.tags).toEqual([entryTag('x1'), CONTENT_TAG]);
  });

  it('revalidates the types that show assets when an asset changes', () => {
    const plan = planRevalidation('ContentManagement.Asset.publish', { sys: { id: 'img-1', type: 'Asset' }, fields: {} });
    expect(plan.ok && plan.tags).toEqual(
      expect.arrayContaining([entryTag('img-1'), TYPE_TAGS.newsArticle, TYPE_TAGS.researchSummary, TYPE_TAGS.page]),
    );
    expect(plan.ok && plan.tags).not.toContain(TYPE_TAGS.campaignStat);
  });

  it('revalidates only the entry tag for a content type the site does not render', () => {
    const plan = planRevalidation('ContentManagement.Entry.publish', { sys: { id: 'e', type: 'Entry', contentType: link('somethingElse') } });
    expect(plan.ok && plan.tags).toEqual([entryTag('e')]);
  });

  it.each([
    ['not an object', 'hello'],
    ['no sys', { fields: {} }],
    ['a bad id', { sys: { id: '../../etc', type: 'Entry' } }],
    ['a content type payload', { sys: { id: 'ct', type: 'ContentType' } }],
    ['an asset payload on an entry topic', { sys: { id: 'a', type: 'Asset' } }],
  ])('refuses %s', (_label, body) => {
    expect(planRevalidation('ContentManagement.Entry.publish', body).ok).toBe(false);
  });

  it('knows exactly the publish, unpublish, archive and delete topics of entries and assets', () => {
    expect(WEBHOOK_TOPICS).toHaveLength(8);
    expect(isWebhookTopic('ContentManagement.Entry.publish')).toBe(true);
    for (const topic of ['ContentManagement.Entry.save', 'ContentManagement.Entry.auto_save', 'ContentManagement.ContentType.publish', '', null]) {
      expect(isWebhookTopic(topic)).toBe(false);
    }
  });
});
