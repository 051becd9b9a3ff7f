import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fetchList } from '@/lib/content/core/entries';
import { fetchNewsArticle, newsList } from '@/lib/content/news';
import { RichText } from '@/components/rich-text/rich-text';
import { formatBytes } from '@/components/research/report-download';
import { shareTargets } from '@/components/share/share-links';
import { tagLabel } from '@/components/ui/tag-links';
import { newsListPath } from '@/lib/content/paths';
import { parsePageNumber, pageNumbersFrom } from '@/lib/seo/params';
import { escapeXml, renderRss } from '@/lib/seo/rss';
import { localClient } from '../support/content-client';
import { publishedNewsBySlug } from '../support/seed';

const client = localClient();

describe('rich text bodies', () => {
  it('renders every published article body, embedded images included, with alt text', async () => {
    let images = 0;
    for (const { slug } of publishedNewsBySlug()) {
      const article = await fetchNewsArticle(client, slug);
      expect(article, slug).not.toBeNull();
      const html = renderToStaticMarkup(createElement(RichText, { document: article!.body }));
      for (const img of html.match(/<img [^>]*>/g) ?? []) {
        images++;
        expect(img, slug).toMatch(/alt="[^"]+"/);
      }
    }
    // The seed embeds at least one image in a body; without it this test would prove nothing about embeds.
    expect(images).toBeGreaterThan(0);
  });
});

describe('list paths and page numbers', () => {
  it('builds news list paths with page 1 at the list root', () => {
    expect(newsListPath(1)).toBe('/news');
    expect(newsListPath(3)).toBe('/news/page/3');
    expect(newsListPath(1, 'legal-case')).toBe('/news/tag/legal-case');
    expect(newsListPath(2, 'legal-case')).toBe('/news/tag/legal-case/page/2');
  });

  it('accepts only plain positive page numbers', () => {
    expect(parsePageNumber('2')).toBe(2);
    for (const bad of ['0', '02', '-1', '1e1', 'abc', '']) expect(parsePageNumber(bad), bad).toBeNull();
    expect(pageNumbersFrom(3)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(pageNumbersFrom(1)).toEqual([]);
  });
});

describe('small formatters', () => {
  it('labels tags and sizes for people', () => {
    expect(tagLabel('legal-case')).toBe('legal case');
    expect(tagLabel('covid-19')).toBe('covid-19');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(3591)).toBe('3.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });

  it('encodes the article URL into every share link', () => {
    const url = 'https://example.org/news/a?b=c&d';
    for (const target of shareTargets(url, 'Title & more')) {
      expect(target.href, target.label).toContain(encodeURIComponent(url));
      expect(target.href, target.label).not.toContain(url);
    }
  });
});

describe('RSS', () => {
  it('escapes markup and uses the absolute item URLs', async () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    const items = await fetchList(client, newsList);
    const xml = renderRss({
      title: 'T & T',
      description: 'D',
      siteUrl: 'https://example.org/news',
      feedUrl: 'https://example.org/news/rss.xml',
      items,
      itemUrl: (i) => `https://example.org/news/${i.slug}`,
    });
    expect(xml).toContain('<title>T &amp; T</title>');
    expect(xml.match(/<item>/g)).toHaveLength(publishedNewsBySlug().length);
    for (const { slug } of publishedNewsBySlug()) expect(xml).toContain(`<link>https://example.org/news/${slug}</link>`);
  });
});
