import { describe, expect, it } from 'vitest';
import { LIVE_MAX_ENTRIES, liveEntries, mapLiveEntry, withoutCycles } from '@/lib/content/live';
import { publishedOfType, draftNews, field } from '../support/seed';

const article = publishedOfType('newsArticle').find((e) => (field<unknown[]>(e, 'relatedAsks') ?? []).length > 0)!;
const stat = publishedOfType('campaignStat')[0]!;

describe('Live Preview entries (local seed space, Preview API)', () => {
  it('reads the tagged entries with links resolved, as plain JSON without cycles', async () => {
    const items = (await liveEntries([article.sys.id, stat.sys.id, draftNews()[0]!.sys.id, 'no such id!'])) as { sys: { id: string }; fields: Record<string, unknown> }[];
    expect(items.map((i) => i.sys.id).sort()).toEqual([article.sys.id, stat.sys.id, draftNews()[0]!.sys.id].sort());
    const news = items.find((i) => i.sys.id === article.sys.id)!;
    expect(() => JSON.stringify(items)).not.toThrow();
    expect((news.fields.relatedAsks as { fields?: { title?: string } }[])[0]?.fields?.title).toEqual(expect.any(String));
    expect((news.fields.heroImage as { fields?: { file?: unknown } }).fields?.file).toBeDefined();
  });

  it('maps an entry as the editor holds it to our own type, by the same mapper as a page read', async () => {
    const [raw] = (await liveEntries([article.sys.id])) as { sys: { id: string }; fields: Record<string, unknown> }[];
    const mapped = mapLiveEntry({ ...raw, fields: { ...raw!.fields, title: 'Typed just now' } });
    expect(mapped).toMatchObject({ id: article.sys.id, type: 'newsArticle', value: { title: 'Typed just now', slug: field(article, 'slug') } });
    expect((mapped!.value as { heroImage: { url: string } }).heroImage.url).toMatch(/\.(webp|jpe?g|png|avif)$/);
  });

  it('gives null while the entry breaks its schema, and for anything that is not a known entry', async () => {
    const [raw] = (await liveEntries([stat.sys.id])) as { sys: { id: string }; fields: Record<string, unknown> }[];
    expect(mapLiveEntry({ ...raw, fields: { ...raw!.fields, value: '' } })).toBeNull();
    expect(mapLiveEntry({ sys: { id: 'x', contentType: { sys: { id: 'user' } } }, fields: {} })).toBeNull();
    expect(mapLiveEntry({ sys: { id: '../x', contentType: { sys: { id: 'campaignStat' } } }, fields: raw!.fields })).toBeNull();
    expect(mapLiveEntry(null)).toBeNull();
    expect(mapLiveEntry('text')).toBeNull();
  });

  it('asks for no more than a page can tag, and nothing for no ids', async () => {
    expect(await liveEntries([])).toEqual([]);
    const many = Array.from({ length: LIVE_MAX_ENTRIES + 50 }, (_, i) => `id-${i}`);
    await expect(liveEntries(many)).resolves.toEqual([]);
  });
});

describe('withoutCycles', () => {
  it('turns a link back to an entry being copied into a plain link', () => {
    const ask: { sys: { id: string; type: string }; fields: Record<string, unknown> } = { sys: { id: 'ask', type: 'Entry' }, fields: {} };
    const news = { sys: { id: 'news', type: 'Entry' }, fields: { relatedAsks: [ask] } };
    ask.fields.evidence = [news];
    const copy = withoutCycles(news) as typeof news;
    expect(JSON.parse(JSON.stringify(copy))).toEqual({
      sys: { id: 'news', type: 'Entry' },
      fields: { relatedAsks: [{ sys: { id: 'ask', type: 'Entry' }, fields: { evidence: [{ sys: { type: 'Link', linkType: 'Entry', id: 'news' } }] } }] },
    });
  });
});
