/** researchSummary: our plain-English summary of a published study or survey. */
const { titleField, slugField } = require('../lib/fields.cjs');

module.exports = function (migration) {
  const ct = migration
    .createContentType('researchSummary')
    .name('Research summary')
    .description('A plain-English summary of a report, survey or study, with its citation.')
    .displayField('title');

  titleField(ct, { max: 160, helpText: 'The title of the report or survey as published. Up to 160 characters.' });
  slugField(ct, { helpText: 'The web address: /research/<slug>. Lower-case words joined by hyphens, up to 80 characters.' });
  ct.createField('publisher').name('Publisher').type('Symbol').required(true).validations([{ size: { max: 80 } }]);
  ct.createField('publishedDate').name('Published date').type('Date').required(true).validations([]);
  ct.createField('summary').name('Summary').type('Text').required(true).validations([{ size: { max: 600 } }]);
  ct.createField('keyFindings')
    .name('Key findings')
    .type('Array')
    .required(true)
    .validations([{ size: { min: 1 } }])
    .items({ type: 'Symbol', validations: [{ size: { max: 300 } }] });
  ct.createField('methodology')
    .name('Methodology')
    .type('Text')
    .required(true)
    .validations([{ size: { max: 2000 } }]);
  ct.createField('reportAsset')
    .name('Report file')
    .type('Link')
    .linkType('Asset')
    .required(false)
    .validations([{ linkMimetypeGroup: ['pdfdocument'] }]);
  ct.createField('reportUrl')
    .name('Report URL')
    .type('Symbol')
    .required(false)
    .validations([{ regexp: { pattern: '^https://' } }]);
  ct.createField('citation').name('Citation').type('Text').required(true).validations([{ size: { max: 500 } }]);

  ct.changeFieldControl('publisher', 'builtin', 'singleLine', {
    helpText: 'Who published it, e.g. One Parent Families Scotland (OPFS). Up to 80 characters.',
  });
  ct.changeFieldControl('publishedDate', 'builtin', 'datePicker', {
    format: 'dateonly',
    helpText: 'The date the research was published (see the methodology for fieldwork dates).',
  });
  ct.changeFieldControl('summary', 'builtin', 'multipleLine', {
    helpText: 'What the research is and why it matters, in plain English. Up to 600 characters.',
  });
  ct.changeFieldControl('keyFindings', 'builtin', 'tagEditor', {
    helpText: 'One finding per item, with the figure exactly as the source gives it. Up to 300 characters each.',
  });
  ct.changeFieldControl('methodology', 'builtin', 'multipleLine', {
    helpText: 'How the research was done, as far as the source says. Say plainly what is not known.',
  });
  ct.changeFieldControl('reportAsset', 'builtin', 'assetLinkEditor', {
    helpText: 'Optional PDF to download.',
  });
  ct.changeFieldControl('reportUrl', 'builtin', 'urlEditor', {
    helpText: "Optional link to the publisher's own page. Must start with https://.",
  });
  ct.changeFieldControl('citation', 'builtin', 'multipleLine', {
    helpText: 'Full citation: authors or organisation, year, title, publisher. Up to 500 characters.',
  });
};
