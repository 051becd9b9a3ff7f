/** page: a standalone page such as About, Privacy or Cover your tracks. */
const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const RICH_TEXT = [
  {
    enabledNodeTypes: [
      'heading-2',
      'heading-3',
      'ordered-list',
      'unordered-list',
      'blockquote',
      'hr',
      'hyperlink',
      'embedded-asset-block',
    ],
  },
  { enabledMarks: ['bold', 'italic'] },
];

module.exports = function (migration) {
  const ct = migration
    .createContentType('page')
    .name('Page')
    .description('A standalone page, served at /<slug>.')
    .displayField('title');

  ct.createField('title').name('Title').type('Symbol').required(true).validations([{ size: { max: 120 } }]);
  ct.createField('slug')
    .name('Slug')
    .type('Symbol')
    .required(true)
    .validations([{ unique: true }, { regexp: { pattern: SLUG } }, { size: { max: 80 } }]);
  ct.createField('body').name('Body').type('RichText').required(true).validations(RICH_TEXT);
  ct.createField('seoDescription')
    .name('SEO description')
    .type('Symbol')
    .required(true)
    .validations([{ size: { max: 160 } }]);

  ct.changeFieldControl('title', 'builtin', 'singleLine', {
    helpText: 'The page heading. Up to 120 characters.',
  });
  ct.changeFieldControl('slug', 'builtin', 'slugEditor', {
    trackingFieldId: 'title',
    helpText: 'The web address: /<slug>. Changing it breaks existing links to the page.',
  });
  ct.changeFieldControl('body', 'builtin', 'richTextEditor', {
    helpText: 'The page content. Use Heading 2 for sections and lists for steps.',
  });
  ct.changeFieldControl('seoDescription', 'builtin', 'singleLine', {
    helpText: 'Shown by search engines and when shared. Up to 160 characters.',
  });
};
