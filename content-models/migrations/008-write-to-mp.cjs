/** writeToMp: a "write to your MP" action at /act/<slug>, with the talking points a supporter picks from. */
const { slugField, titleField } = require('../lib/fields.cjs');

module.exports = function (migration) {
  const tp = migration
    .createContentType('talkingPoint')
    .name('Talking point')
    .description('One point a supporter can choose to make in a letter to their MP: a short title and a paragraph.')
    .displayField('title');
  titleField(tp, { max: 80, helpText: 'What the point is about, shown next to its checkbox. Up to 80 characters.' });
  tp.createField('body').name('Paragraph').type('Text').required(true).validations([{ size: { max: 700 } }]);
  tp.changeFieldControl('body', 'builtin', 'multipleLine', {
    helpText: 'The paragraph that goes into the letter, in plain words. Give a figure with its source and date. Up to 700 characters.',
  });

  const ct = migration
    .createContentType('writeToMp')
    .name('Action: write to your MP')
    .description('A campaign action: supporters find their MP by postcode and send a letter in their own words from their own email.')
    .displayField('title');

  titleField(ct, { max: 120, helpText: 'The action’s heading, e.g. "Ask your MP to back a root-and-branch review". Up to 120 characters.' });
  slugField(ct, {
    helpText: 'The web address: /act/<slug>. Must differ from every other action’s, open letters included. Lower-case words joined by hyphens, up to 80 characters.',
  });
  ct.createField('policyAsk')
    .name('Policy ask')
    .type('Link')
    .linkType('Entry')
    .required(true)
    .validations([{ linkContentType: ['policyAsk'] }]);
  ct.createField('introduction').name('Introduction').type('Text').required(true).validations([{ size: { max: 1200 } }]);
  ct.createField('talkingPoints')
    .name('Talking points')
    .type('Array')
    .required(true)
    .validations([{ size: { min: 1, max: 8 } }])
    .items({ type: 'Link', linkType: 'Entry', validations: [{ linkContentType: ['talkingPoint'] }] });
  ct.createField('request').name('Request to the MP').type('Text').required(true).validations([{ size: { max: 500 } }]);
  ct.createField('subject').name('Suggested subject line').type('Symbol').required(true).validations([{ size: { max: 150 } }]);
  ct.createField('closingDate').name('Closing date').type('Date').required(false).validations([]);
  ct.createField('showOn')
    .name('Show on')
    .type('Array')
    .required(false)
    .validations([])
    .items({ type: 'Symbol', validations: [{ in: ['home', 'get-involved'] }] });
  ct.createField('articles')
    .name('Show on these articles')
    .type('Array')
    .required(false)
    .validations([])
    .items({ type: 'Link', linkType: 'Entry', validations: [{ linkContentType: ['newsArticle'] }] });

  ct.changeFieldControl('policyAsk', 'builtin', 'entryLinkEditor', {
    helpText: 'The ask this letter supports. The ask’s page links to this action.',
  });
  ct.changeFieldControl('introduction', 'builtin', 'multipleLine', {
    helpText: 'Why writing matters, above the postcode box. Plain text; separate paragraphs with a blank line. Up to 1,200 characters.',
  });
  ct.changeFieldControl('talkingPoints', 'builtin', 'entryLinksEditor', {
    helpText: 'One to eight talking points, in the order they appear. Supporters tick the ones they want in their letter.',
  });
  ct.changeFieldControl('request', 'builtin', 'multipleLine', {
    helpText: 'What the letter asks the MP to do, in one or two sentences; it closes every letter. Up to 500 characters.',
  });
  ct.changeFieldControl('subject', 'builtin', 'singleLine', {
    helpText: 'The email subject line we suggest; supporters can change it. Up to 150 characters.',
  });
  ct.changeFieldControl('closingDate', 'builtin', 'datePicker', {
    format: 'dateonly',
    helpText: 'Optional. From this date the page says the action has closed and offers the newsletter instead.',
  });
  ct.changeFieldControl('showOn', 'builtin', 'checkbox', {
    helpText: 'Where else to promote it. The policy ask’s page always links to it.',
  });
  ct.changeFieldControl('articles', 'builtin', 'entryLinksEditor', {
    helpText: 'News articles that end with a link to this action (optional).',
  });
};
