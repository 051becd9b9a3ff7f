/**
 * siteSettings: the organisation that runs the site (the "operator"). It receives donations,
 * claims Gift Aid only if it is a registered charity, and is the data controller named in the
 * privacy notice. Contentful cannot check one field against another, so the rule "a registered
 * charity has at least one charity number" is enforced by the site's zod schema: an entry that
 * breaks it is refused (logged), and the site then offers no Gift Aid.
 */
const { createFields, symbol, text } = require('../lib/fields.cjs');

const STATUSES = ['registered-charity', 'not-a-charity'];

/** An optional registration number in its register's format; empty when not registered there. */
function registrationNumber(id, name, pattern, help) {
  return symbol(id, name, { pattern, required: false, help });
}

module.exports = function (migration) {
  createFields(migration.editContentType('siteSettings'), [
    symbol('operatorName', 'Organisation legal name', {
      max: 120,
      help: 'The legal name of the organisation behind the site, exactly as registered (for a charity, as on the register). It receives donations, appears in the Gift Aid declaration, on receipts, in the footer and as the data controller in the privacy notice.',
    }),
    symbol('operatorStatus', 'Organisation status', {
      in: STATUSES,
      help: 'registered-charity: the site offers Gift Aid, and at least one charity number below is required. not-a-charity: no Gift Aid is offered and the charity numbers must be empty.',
    }),
    registrationNumber('charityNumberEnglandWales', 'Charity number (England and Wales)', '^[0-9]{6,7}$',
      'Charity Commission for England and Wales: 6 or 7 digits. Leave empty if not registered there.'),
    registrationNumber('charityNumberScotland', 'Charity number (Scotland)', '^SC[0-9]{6}$',
      'OSCR (Scottish Charity Regulator): SC followed by 6 digits. Leave empty if not registered there.'),
    registrationNumber('charityNumberNorthernIreland', 'Charity number (Northern Ireland)', '^NIC[0-9]{6}$',
      'Charity Commission for Northern Ireland: NIC followed by 6 digits. Leave empty if not registered there.'),
    text('operatorAddress', 'Registered address', {
      max: 300,
      help: 'The registered (or principal office) address, one part per line. Shown in the privacy notice. Up to 300 characters.',
    }),
    symbol('dataProtectionEmail', 'Data protection contact email', {
      pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      max: 254,
      help: 'Where people write about their personal information and data rights. Shown in the privacy notice.',
    }),
    registrationNumber('icoRegistrationNumber', 'ICO registration number', '^Z[A-Z0-9][0-9]{6}$',
      'Optional. The Information Commissioner’s Office registration number, for example Z1234567 or ZA123456.'),
    registrationNumber('hmrcCharityReference', 'HMRC charities reference', '^[A-Z]{1,3}[0-9]{1,6}$',
      'Optional, registered charities only. HMRC’s charities reference, written at the top of every Gift Aid schedule export.'),
  ]);
};
