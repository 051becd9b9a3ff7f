/** researchSummary: our plain-English summary of a published study or survey. */
const { createContentType, titleField, slugField, symbol, date, text, symbols, asset, url } = require('../lib/fields.cjs');

module.exports = function (migration) {
  createContentType(migration, 'researchSummary', { name: 'Research summary', description: 'A plain-English summary of a report, survey or study, with its citation.', displayField: 'title' }, [
    titleField({ max: 160, help: 'The title of the report or survey as published. Up to 160 characters.' }),
    slugField({ help: 'The web address: /research/<slug>. Lower-case words joined by hyphens, up to 80 characters.' }),
    symbol('publisher', 'Publisher', { max: 80, help: 'Who published it, e.g. One Parent Families Scotland (OPFS). Up to 80 characters.' }),
    date('publishedDate', 'Published date', { help: 'The date the research was published (see the methodology for fieldwork dates).' }),
    text('summary', 'Summary', { max: 600, help: 'What the research is and why it matters, in plain English. Up to 600 characters.' }),
    symbols('keyFindings', 'Key findings', {
      min: 1,
      item: { max: 300 },
      help: 'One finding per item, with the figure exactly as the source gives it. Up to 300 characters each.',
    }),
    text('methodology', 'Methodology', { max: 2000, help: 'How the research was done, as far as the source says. Say plainly what is not known.' }),
    asset('reportAsset', 'Report file', { mimetype: 'pdfdocument', required: false, help: 'Optional PDF to download.' }),
    url('reportUrl', 'Report URL', { required: false, help: "Optional link to the publisher's own page. Must start with https://." }),
    text('citation', 'Citation', { max: 500, help: 'Full citation: authors or organisation, year, title, publisher. Up to 500 characters.' }),
  ]);
};
