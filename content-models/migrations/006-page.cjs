/** page: a standalone page such as About, Privacy or Cover your tracks. */
const { createContentType, titleField, slugField, bodyField, symbol } = require('../lib/fields.cjs');

module.exports = function (migration) {
  createContentType(migration, 'page', { name: 'Page', description: 'A standalone page, served at /<slug>.', displayField: 'title' }, [
    titleField({ max: 120, help: 'The page heading. Up to 120 characters.' }),
    slugField({ help: 'The web address: /<slug>. Changing it breaks existing links to the page.' }),
    bodyField({ help: 'The page content. Use Heading 2 for sections and lists for steps.' }),
    symbol('seoDescription', 'SEO description', { max: 160, help: 'Shown by search engines and when shared. Up to 160 characters.' }),
  ]);
};
