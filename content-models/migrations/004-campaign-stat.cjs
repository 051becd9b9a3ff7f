/** campaignStat: a single headline figure, always shown with its source and date. */
const { createContentType, symbol, date, orderField } = require('../lib/fields.cjs');

module.exports = function (migration) {
  createContentType(migration, 'campaignStat', { name: 'Campaign statistic', description: 'A headline figure with its source and date. Never merge figures from different dates.', displayField: 'value' }, [
    symbol('value', 'Value', { max: 20, help: 'The figure exactly as the source gives it, e.g. £547.9m or 86%. Up to 20 characters.' }),
    symbol('label', 'Label', { max: 160, help: 'What the figure measures, in plain words. Up to 160 characters.' }),
    symbol('source', 'Source', { max: 160, help: 'Who published the figure. Up to 160 characters.' }),
    date('date', 'Date', { help: 'The date the figure refers to or was published.' }),
    orderField({ help: 'Position among the statistics: 1 comes first.' }),
  ]);
};
