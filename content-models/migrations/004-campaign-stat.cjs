/** campaignStat: a single headline figure, always shown with its source and date. */
module.exports = function (migration) {
  const ct = migration
    .createContentType('campaignStat')
    .name('Campaign statistic')
    .description('A headline figure with its source and date. Never merge figures from different dates.')
    .displayField('value');

  ct.createField('value').name('Value').type('Symbol').required(true).validations([{ size: { max: 20 } }]);
  ct.createField('label').name('Label').type('Symbol').required(true).validations([{ size: { max: 160 } }]);
  ct.createField('source').name('Source').type('Symbol').required(true).validations([{ size: { max: 160 } }]);
  ct.createField('date').name('Date').type('Date').required(true).validations([]);
  ct.createField('order').name('Order').type('Integer').required(true).validations([]);

  ct.changeFieldControl('value', 'builtin', 'singleLine', {
    helpText: 'The figure exactly as the source gives it, e.g. £547.9m or 86%. Up to 20 characters.',
  });
  ct.changeFieldControl('label', 'builtin', 'singleLine', {
    helpText: 'What the figure measures, in plain words. Up to 160 characters.',
  });
  ct.changeFieldControl('source', 'builtin', 'singleLine', {
    helpText: 'Who published the figure. Up to 160 characters.',
  });
  ct.changeFieldControl('date', 'builtin', 'datePicker', {
    format: 'dateonly',
    helpText: 'The date the figure refers to or was published.',
  });
  ct.changeFieldControl('order', 'builtin', 'numberEditor', {
    helpText: 'Position among the statistics: 1 comes first.',
  });
};
