/** newsArticle: a dated news item from the campaign or a coalition member. */
const { createContentType, SLUG_PATTERN, titleField, slugField, bodyField, text, date, symbol, symbols, asset, entries } = require('../lib/fields.cjs');

module.exports = function (migration) {
  createContentType(migration, 'newsArticle', { name: 'News article', description: 'A dated news item about the campaign, the legal case, research or Parliament.', displayField: 'title' }, [
    titleField({ max: 120, help: 'Plain, specific headline. Up to 120 characters.' }),
    slugField({ help: 'The web address: /news/<slug>. Lower-case words joined by hyphens, up to 80 characters.' }),
    text('summary', 'Summary', { max: 280, help: 'One or two sentences for listings and sharing. Up to 280 characters.' }),
    bodyField({ help: 'The article. Use Heading 2 for sections. Every figure needs its source and date.' }),
    date('publishDate', 'Publish date', { help: 'The date the news is dated, not the date you edited it.' }),
    symbol('organisation', 'Organisation', { max: 80, help: 'The author or the coalition member whose news this is. Up to 80 characters.' }),
    symbols('tags', 'Tags', {
      required: false,
      item: { pattern: SLUG_PATTERN, max: 40 },
      help: 'Lower-case, hyphenated, e.g. legal-case, research, parliament, survey, arrears.',
    }),
    asset('heroImage', 'Hero image', { mimetype: 'image', help: 'An image (no photos of identifiable parents or children). Shown 16:9.' }),
    symbol('heroImageAlt', 'Hero image alt text', { max: 200, help: 'Describe the image for people who cannot see it. Up to 200 characters.' }),
    entries('relatedAsks', 'Related asks', { to: ['policyAsk'], required: false, help: 'The policy asks this article supports (optional).' }),
    symbols('sources', 'Sources', {
      min: 1,
      item: { max: 300 },
      help: 'At least one. Format: Organisation, "Title", D Month YYYY. Up to 300 characters each.',
    }),
  ]);
};
