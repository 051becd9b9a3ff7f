/** openLetter: a letter supporters add their name to; the site counts confirmed signatures. */
const { titleField, slugField, RICH_TEXT_VALIDATIONS } = require('../lib/fields.cjs');

module.exports = function (migration) {
  const ct = migration
    .createContentType('openLetter')
    .name('Open letter')
    .description('A letter supporters sign with their name, served at /act/<slug>. Only confirmed signatures are counted.')
    .displayField('title');

  titleField(ct, { max: 120, helpText: 'The letter’s heading, as supporters see it. Up to 120 characters.' });
  slugField(ct, {
    helpText: 'The web address: /act/<slug>. Must not be the slug of a write-to-your-MP action. Do not change it once people have signed.',
  });
  ct.createField('addressee').name('Addressee').type('Symbol').required(true).validations([{ size: { max: 150 } }]);
  ct.createField('summary').name('Summary').type('Text').required(true).validations([{ size: { max: 300 } }]);
  ct.createField('body').name('Letter text').type('RichText').required(true).validations(RICH_TEXT_VALIDATIONS);
  ct.createField('asks')
    .name('Asks it supports')
    .type('Array')
    .required(false)
    .validations([])
    .items({ type: 'Link', linkType: 'Entry', validations: [{ linkContentType: ['policyAsk'] }] });
  ct.createField('target').name('Target').type('Integer').required(true).validations([{ range: { min: 1 } }]);
  ct.createField('milestones')
    .name('Milestones')
    .type('Array')
    .required(false)
    .validations([{ size: { max: 10 } }])
    .items({ type: 'Symbol', validations: [{ regexp: { pattern: '^[1-9][0-9]{0,6}$' } }] });
  ct.createField('status').name('Status').type('Symbol').required(true).validations([{ in: ['open', 'closed'] }]);
  ct.createField('closingDate').name('Closing date').type('Date').required(false).validations([]);

  ct.changeFieldControl('addressee', 'builtin', 'singleLine', {
    helpText: 'Who the letter is to, e.g. "The Secretary of State for Work and Pensions". Up to 150 characters.',
  });
  ct.changeFieldControl('summary', 'builtin', 'multipleLine', {
    helpText: 'One or two sentences for the list of actions, the home page and search results. Up to 300 characters.',
  });
  ct.changeFieldControl('body', 'builtin', 'richTextEditor', {
    helpText: 'The letter itself. Any change, even a comma, is a new version: signatures record the version they signed.',
  });
  ct.changeFieldControl('asks', 'builtin', 'entryLinksEditor', { helpText: 'The policy asks this letter supports (optional).' });
  ct.changeFieldControl('target', 'builtin', 'numberEditor', { helpText: 'The number of names the campaign is aiming for.' });
  ct.changeFieldControl('milestones', 'builtin', 'tagEditor', {
    helpText: 'Counts to celebrate on the way, e.g. 1000, 5000 (optional; up to 10). The target is always the last.',
  });
  ct.changeFieldControl('status', 'builtin', 'dropdown', {
    helpText: 'open: people can sign. closed: the letter and its count stay, the form goes (e.g. after the hand-in).',
  });
  ct.changeFieldControl('closingDate', 'builtin', 'datePicker', {
    format: 'dateonly',
    helpText: 'Optional. From this date the form closes by itself, even if the status is still open.',
  });
};
