import type { NewsSummary } from '@/lib/content/news';

export function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

function rfc822(iso: string): string {
  return new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).toUTCString();
}

interface FeedInput {
  title: string;
  description: string;
  siteUrl: string;
  feedUrl: string;
  items: NewsSummary[];
  itemUrl: (item: NewsSummary) => string;
}

/** An RSS 2.0 document with absolute links and an atom:link to itself, as validators expect. */
export function renderRss({ title, description, siteUrl, feedUrl, items, itemUrl }: FeedInput): string {
  const newest = items[0];
  const entries = items
    .map((item) => {
      const url = escapeXml(itemUrl(item));
      const categories = item.tags.map((t) => `      <category>${escapeXml(t)}</category>`).join('\n');
      return [
        '    <item>',
        `      <title>${escapeXml(item.title)}</title>`,
        `      <link>${url}</link>`,
        `      <guid isPermaLink="true">${url}</guid>`,
        `      <pubDate>${rfc822(item.publishDate)}</pubDate>`,
        `      <description>${escapeXml(item.summary)}</description>`,
        ...(categories ? [categories] : []),
        '    </item>',
      ].join('\n');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(siteUrl)}</link>
    <description>${escapeXml(description)}</description>
    <language>en-gb</language>
    <atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>
${newest ? `    <lastBuildDate>${rfc822(newest.updatedAt)}</lastBuildDate>\n` : ''}${entries}
  </channel>
</rss>
`;
}
