/** newsArticle: a dated news item from the campaign or a coalition member. */
const { SLUG_PATTERN, titleField, slugField, bodyField } = require('../lib/fields.cjs');

module.exports = function (migration) {
  const ct = migration
    .createContentType('newsArticle')
    .name('News article')
    .description('A dated news item about the campaign, the legal case, research or Parliament.')
    .displayField('title');

  titleField(ct, { max: 120, helpText: 'Plain, specific headline. Up to 120 characters.' });
  slugField(ct, { helpText: 'The web address: /news/<slug>. Lower-case words joined by hyphens, up to 80 characters.' });
  ct.createField('summary').name('Summary').type('Text').required(true).validations([{ size: { max: 280 } }]);
  bodyField(ct, { helpText: 'The article. Use Heading 2 for sections. Every figure needs its source and date.' });
  ct.createField('publishDate').name('Publish date').type('Date').required(true).validations([]);
  ct.createField('organisation')
    .name('Organisation')
    .type('Symbol')
    .required(true)
    .validations([{ size: { max: 80 } }]);
  ct.createField('tags')
    .name('Tags')
    .type('Array')
    .required(false)
    .validations([])
    .items({ type: 'Symbol', validations: [{ regexp: { pattern: SLUG_PATTERN } }, { size: { max: 40 } }] });
  ct.createField('heroImage')
    .name('Hero image')
    .type('Link')
    .linkType('Asset')
    .required(true)
    .validations([{ linkMimetypeGroup: ['image'] }]);
  ct.createField('heroImageAlt')
    .name('Hero image alt text')
    .type('Symbol')
    .required(true)
    .validations([{ size: { max: 200 } }]);
  ct.createField('relatedAsks')
    .name('Related asks')
    .type('Array')
    .required(false)
    .validations([])
    .items({ type: 'Link', linkType: 'Entry', validations: [{ linkContentType: ['policyAsk'] }] });
  ct.createField('sources')
    .name('Sources')
    .type('Array')
    .required(true)
    .validations([{ size: { min: 1 } }])
    .items({ type: 'Symbol', validations: [{ size: { max: 300 } }] });

  ct.changeFieldControl('summary', 'builtin', 'multipleLine', {
    helpText: 'One or two sentences for listings and sharing. Up to 280 characters.',
  });
  ct.changeFieldControl('publishDate', 'builtin', 'datePicker', {
    format: 'dateonly',
    helpText: 'The date the news is dated, not the date you edited it.',
  });
  ct.changeFieldControl('organisation', 'builtin', 'singleLine', {
    helpText: 'The author or the coalition member whose news this is. Up to 80 characters.',
  });
  ct.changeFieldControl('tags', 'builtin', 'tagEditor', {
    helpText: 'Lower-case, hyphenated, e.g. legal-case, research, parliament, survey, arrears.',
  });
  ct.changeFieldControl('heroImage', 'builtin', 'assetLinkEditor', {
    helpText: 'An image (no photos of identifiable parents or children). Shown 16:9.',
  });
  ct.changeFieldControl('heroImageAlt', 'builtin', 'singleLine', {
    helpText: 'Describe the image for people who cannot see it. Up to 200 characters.',
  });
  ct.changeFieldControl('relatedAsks', 'builtin', 'entryLinksEditor', {
    helpText: 'The policy asks this article supports (optional).',
  });
  ct.changeFieldControl('sources', 'builtin', 'tagEditor', {
    helpText: 'At least one. Format: Organisation, "Title", D Month YYYY. Up to 300 characters each.',
  });
};
