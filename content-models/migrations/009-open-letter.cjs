/** openLetter: a letter supporters add their name to; the site counts confirmed signatures. */
const { createContentType, titleField, slugField, symbol, text, richText, entries, integer, symbols, date } = require('../lib/fields.cjs');

module.exports = function (migration) {
  createContentType(migration, 'openLetter', { name: 'Open letter', description: 'A letter supporters sign with their name, served at /act/<slug>. Only confirmed signatures are counted.', displayField: 'title' }, [
    titleField({ max: 120, help: 'The letter’s heading, as supporters see it. Up to 120 characters.' }),
    slugField({
      help: 'The web address: /act/<slug>. Must not be the slug of a write-to-your-MP action. Do not change it once people have signed.',
    }),
    symbol('addressee', 'Addressee', {
      max: 150,
      help: 'Who the letter is to, e.g. "The Secretary of State for Work and Pensions". Up to 150 characters.',
    }),
    text('summary', 'Summary', {
      max: 300,
      help: 'One or two sentences for the list of actions, the home page and search results. Up to 300 characters.',
    }),
    richText('body', 'Letter text', {
      help: 'The letter itself. Any change, even a comma, is a new version: signatures record the version they signed.',
    }),
    entries('asks', 'Asks it supports', { to: ['policyAsk'], required: false, help: 'The policy asks this letter supports (optional).' }),
    integer('target', 'Target', { min: 1, help: 'The number of names the campaign is aiming for.' }),
    symbols('milestones', 'Milestones', {
      required: false,
      max: 10,
      item: { pattern: '^[1-9][0-9]{0,6}$' },
      help: 'Counts to celebrate on the way, e.g. 1000, 5000 (optional; up to 10). The target is always the last.',
    }),
    symbol('status', 'Status', {
      in: ['open', 'closed'],
      help: 'open: people can sign. closed: the letter and its count stay, the form goes (e.g. after the hand-in).',
    }),
    date('closingDate', 'Closing date', {
      required: false,
      help: 'Optional. From this date the form closes by itself, even if the status is still open.',
    }),
  ]);
};
