/** page: a standalone page such as About, Privacy or Cover your tracks. */
const { titleField, slugField, bodyField } = require('../lib/fields.cjs');

module.exports = function (migration) {
  const ct = migration
    .createContentType('page')
    .name('Page')
    .description('A standalone page, served at /<slug>.')
    .displayField('title');

  titleField(ct, { max: 120, helpText: 'The page heading. Up to 120 characters.' });
  slugField(ct, { helpText: 'The web address: /<slug>. Changing it breaks existing links to the page.' });
  bodyField(ct, { helpText: 'The page content. Use Heading 2 for sections and lists for steps.' });
  ct.createField('seoDescription')
    .name('SEO description')
    .type('Symbol')
    .required(true)
    .validations([{ size: { max: 160 } }]);

  ct.changeFieldControl('seoDescription', 'builtin', 'singleLine', {
    helpText: 'Shown by search engines and when shared. Up to 160 characters.',
  });
};
