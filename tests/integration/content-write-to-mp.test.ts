import { describe, expect, it } from 'vitest';
import { fetchList } from '@/lib/content/core/entries';
import { toWriteToMpAction, writeToMpList } from '@/lib/content/write-to-mp';
import { tagsAffectedBy } from '@/lib/content/registry';
import { planRevalidation } from '@/lib/content/webhook';
import { localClient } from '../support/content-client';

describe('write-to-your-MP actions from the seed space, through the real SDK', () => {
  it('maps the seeded root-and-branch review action with its ask and talking points in order', async () => {
    const [action, ...rest] = await fetchList(localClient('delivery'), writeToMpList);
    expect(rest).toEqual([]);
    expect(action).toMatchObject({
      kind: 'writeToMp',
      slug: 'write-to-your-mp-for-a-review',
      policyAsk: { slug: 'root-and-branch-review', href: '/asks/root-and-branch-review' },
      subject: 'Please back a root-and-branch review of the Child Maintenance Service',
      closingDate: null,
      showOn: ['home', 'get-involved'],
      articleSlugs: ['opfs-value-for-money-report'],
    });
    expect(action!.talkingPoints.map((p) => p.id)).toEqual(['tp-review-arrears', 'tp-review-whole-system', 'tp-review-control', 'tp-review-poverty', 'tp-review-new-laws']);
    expect(action!.talkingPoints[0]!.body).toContain('£547.9m');
    expect(action!.introduction).toHaveLength(2);
  });

  it('skips an entry that breaks the model instead of failing the page', () => {
    expect(toWriteToMpAction({ sys: { id: 'x' }, fields: { title: 'No slug' } })).toBeNull();
  });

  it('expires the actions when an action or a talking point is published or unpublished', () => {
    expect(tagsAffectedBy('talkingPoint')).toContain('content:write-to-mp');
    const publish = planRevalidation('ContentManagement.Entry.publish', {
      sys: { id: 'action-write-review', type: 'Entry', contentType: { sys: { id: 'writeToMp' } } },
      fields: { slug: { 'en-GB': 'write-to-your-mp-for-a-review' } },
    });
    expect(publish.ok && publish.tags).toEqual(expect.arrayContaining(['content:write-to-mp']));
    const unpublish = planRevalidation('ContentManagement.Entry.unpublish', { sys: { id: 'tp-review-arrears', type: 'DeletedEntry', contentType: { sys: { id: 'talkingPoint' } } } });
    expect(unpublish.ok && unpublish.tags).toEqual(expect.arrayContaining(['content:write-to-mp']));
  });
});
