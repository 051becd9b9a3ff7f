/** timelineEvent: a dated milestone in the campaign. */
module.exports = function (migration) {
  const ct = migration
    .createContentType('timelineEvent')
    .name('Timeline event')
    .description('A dated milestone: the legal case, Parliament or the campaign.')
    .displayField('title');

  ct.createField('date').name('Date').type('Date').required(true).validations([]);
  ct.createField('title').name('Title').type('Symbol').required(true).validations([{ size: { max: 120 } }]);
  ct.createField('description')
    .name('Description')
    .type('Text')
    .required(true)
    .validations([{ size: { max: 600 } }]);
  ct.createField('link')
    .name('Link')
    .type('Symbol')
    .required(false)
    .validations([{ size: { max: 300 } }, { regexp: { pattern: '^(/|https://)' } }]);
  ct.createField('category')
    .name('Category')
    .type('Symbol')
    .required(true)
    .validations([{ in: ['legal', 'parliament', 'campaign'] }]);

  ct.changeFieldControl('date', 'builtin', 'datePicker', {
    format: 'dateonly',
    helpText: 'The date the event happened.',
  });
  ct.changeFieldControl('title', 'builtin', 'singleLine', {
    helpText: 'What happened, briefly. Up to 120 characters.',
  });
  ct.changeFieldControl('description', 'builtin', 'multipleLine', {
    helpText: 'One or two sentences of context. Up to 600 characters.',
  });
  ct.changeFieldControl('link', 'builtin', 'singleLine', {
    helpText: 'Optional: a path on this site (e.g. /news/<slug>) or a full https:// address.',
  });
  ct.changeFieldControl('category', 'builtin', 'dropdown', {
    helpText: 'legal, parliament or campaign.',
  });
};
