/** policyAsk: one of the changes the campaign calls for. */
const { titleField, slugField } = require('../lib/fields.cjs');

module.exports = function (migration) {
  const ct = migration
    .createContentType('policyAsk')
    .name('Policy ask')
    .description('A change the campaign is calling for, why it matters and the evidence behind it.')
    .displayField('title');

  titleField(ct, { max: 120, helpText: 'Short name for the ask. Up to 120 characters.' });
  slugField(ct, { helpText: 'The web address: /asks/<slug>. Lower-case words joined by hyphens, up to 80 characters.' });
  ct.createField('statement').name('Statement').type('Text').required(true).validations([{ size: { max: 300 } }]);
  ct.createField('whyItMatters')
    .name('Why it matters')
    .type('Text')
    .required(true)
    .validations([{ size: { max: 3000 } }]);
  ct.createField('evidence')
    .name('Evidence')
    .type('Array')
    .required(false)
    .validations([])
    .items({
      type: 'Link',
      linkType: 'Entry',
      validations: [{ linkContentType: ['researchSummary', 'newsArticle'] }],
    });
  ct.createField('status')
    .name('Status')
    .type('Symbol')
    .required(true)
    .validations([{ in: ['calling-for', 'in-progress', 'won'] }]);
  ct.createField('order').name('Order').type('Integer').required(true).validations([]);

  ct.changeFieldControl('statement', 'builtin', 'multipleLine', {
    helpText: 'The ask in one or two sentences. Up to 300 characters.',
  });
  ct.changeFieldControl('whyItMatters', 'builtin', 'multipleLine', {
    helpText: 'Plain text. Separate paragraphs with a blank line. Up to 3,000 characters.',
  });
  ct.changeFieldControl('evidence', 'builtin', 'entryLinksEditor', {
    helpText: 'Research summaries and news articles that back this ask (optional).',
  });
  ct.changeFieldControl('status', 'builtin', 'dropdown', {
    helpText: 'calling-for: not yet acted on; in-progress: partly addressed (e.g. a new law); won: fully achieved.',
  });
  ct.changeFieldControl('order', 'builtin', 'numberEditor', {
    helpText: 'Position in the list of asks: 1 comes first.',
  });
};
