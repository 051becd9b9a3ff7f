/** writeToMp: a "write to your MP" action at /act/<slug>, with the talking points a supporter picks from. */
const { createContentType, slugField, titleField, text, entry, entries, symbol, symbols, date } = require('../lib/fields.cjs');

module.exports = function (migration) {
  createContentType(migration, 'talkingPoint', { name: 'Talking point', description: 'One point a supporter can choose to make in a letter to their MP: a short title and a paragraph.', displayField: 'title' }, [
    titleField({ max: 80, help: 'What the point is about, shown next to its checkbox. Up to 80 characters.' }),
    text('body', 'Paragraph', {
      max: 700,
      help: 'The paragraph that goes into the letter, in plain words. Give a figure with its source and date. Up to 700 characters.',
    }),
  ]);

  createContentType(migration, 'writeToMp', { name: 'Action: write to your MP', description: 'A campaign action: supporters find their MP by postcode and send a letter in their own words from their own email.', displayField: 'title' }, [
    titleField({ max: 120, help: 'The action’s heading, e.g. "Ask your MP to back a root-and-branch review". Up to 120 characters.' }),
    slugField({
      help: 'The web address: /act/<slug>. Must differ from every other action’s, open letters included. Lower-case words joined by hyphens, up to 80 characters.',
    }),
    entry('policyAsk', 'Policy ask', { to: ['policyAsk'], help: 'The ask this letter supports. The ask’s page links to this action.' }),
    text('introduction', 'Introduction', {
      max: 1200,
      help: 'Why writing matters, above the postcode box. Plain text; separate paragraphs with a blank line. Up to 1,200 characters.',
    }),
    entries('talkingPoints', 'Talking points', {
      to: ['talkingPoint'],
      min: 1,
      max: 8,
      help: 'One to eight talking points, in the order they appear. Supporters tick the ones they want in their letter.',
    }),
    text('request', 'Request to the MP', {
      max: 500,
      help: 'What the letter asks the MP to do, in one or two sentences; it closes every letter. Up to 500 characters.',
    }),
    symbol('subject', 'Suggested subject line', { max: 150, help: 'The email subject line we suggest; supporters can change it. Up to 150 characters.' }),
    date('closingDate', 'Closing date', {
      required: false,
      help: 'Optional. From this date the page says the action has closed and offers the newsletter instead.',
    }),
    symbols('showOn', 'Show on', {
      required: false,
      item: { in: ['home', 'get-involved'] },
      widget: 'checkbox',
      help: 'Where else to promote it. The policy ask’s page always links to it.',
    }),
    entries('articles', 'Show on these articles', {
      to: ['newsArticle'],
      required: false,
      help: 'News articles that end with a link to this action (optional).',
    }),
  ]);
};
