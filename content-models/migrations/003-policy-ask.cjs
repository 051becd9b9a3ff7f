/** policyAsk: one of the changes the campaign calls for. */
const { createContentType, titleField, slugField, text, entries, symbol, orderField } = require('../lib/fields.cjs');

module.exports = function (migration) {
  createContentType(migration, 'policyAsk', { name: 'Policy ask', description: 'A change the campaign is calling for, why it matters and the evidence behind it.', displayField: 'title' }, [
    titleField({ max: 120, help: 'Short name for the ask. Up to 120 characters.' }),
    slugField({ help: 'The web address: /asks/<slug>. Lower-case words joined by hyphens, up to 80 characters.' }),
    text('statement', 'Statement', { max: 300, help: 'The ask in one or two sentences. Up to 300 characters.' }),
    text('whyItMatters', 'Why it matters', { max: 3000, help: 'Plain text. Separate paragraphs with a blank line. Up to 3,000 characters.' }),
    entries('evidence', 'Evidence', {
      to: ['researchSummary', 'newsArticle'],
      required: false,
      help: 'Research summaries and news articles that back this ask (optional).',
    }),
    symbol('status', 'Status', {
      in: ['calling-for', 'in-progress', 'won'],
      help: 'calling-for: not yet acted on; in-progress: partly addressed (e.g. a new law); won: fully achieved.',
    }),
    orderField({ help: 'Position in the list of asks: 1 comes first.' }),
  ]);
};
