/** timelineEvent: a dated milestone in the campaign. */
const { createContentType, date, titleField, text, symbol } = require('../lib/fields.cjs');

module.exports = function (migration) {
  createContentType(migration, 'timelineEvent', { name: 'Timeline event', description: 'A dated milestone: the legal case, Parliament or the campaign.', displayField: 'title' }, [
    date('date', 'Date', { help: 'The date the event happened.' }),
    titleField({ max: 120, help: 'What happened, briefly. Up to 120 characters.' }),
    text('description', 'Description', { max: 600, help: 'One or two sentences of context. Up to 600 characters.' }),
    // A path as well as a full address, so events can point at our own news and research.
    symbol('link', 'Link', {
      required: false,
      max: 300,
      pattern: '^(/|https://)',
      help: 'Optional: a path on this site (e.g. /news/<slug>) or a full https:// address.',
    }),
    symbol('category', 'Category', { in: ['legal', 'parliament', 'campaign'], help: 'legal, parliament or campaign.' }),
  ]);
};
