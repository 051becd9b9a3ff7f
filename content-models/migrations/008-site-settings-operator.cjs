/**
 * siteSettings: the organisation that runs the site (the "operator"). It receives donations,
 * claims Gift Aid only if it is a registered charity, and is the data controller named in the
 * privacy notice. Contentful cannot check one field against another, so the rule "a registered
 * charity has at least one charity number" is enforced by the site's zod schema: an entry that
 * breaks it is refused (logged), and the site then offers no Gift Aid.
 */
const STATUSES = ['registered-charity', 'not-a-charity'];

module.exports = function (migration) {
  const ct = migration.editContentType('siteSettings');

  ct.createField('operatorName')
    .name('Organisation legal name')
    .type('Symbol')
    .required(true)
    .validations([{ size: { max: 120 } }]);
  ct.createField('operatorStatus')
    .name('Organisation status')
    .type('Symbol')
    .required(true)
    .validations([{ in: STATUSES }]);
  ct.createField('charityNumberEnglandWales')
    .name('Charity number (England and Wales)')
    .type('Symbol')
    .validations([{ regexp: { pattern: '^[0-9]{6,7}$' } }]);
  ct.createField('charityNumberScotland')
    .name('Charity number (Scotland)')
    .type('Symbol')
    .validations([{ regexp: { pattern: '^SC[0-9]{6}$' } }]);
  ct.createField('charityNumberNorthernIreland')
    .name('Charity number (Northern Ireland)')
    .type('Symbol')
    .validations([{ regexp: { pattern: '^NIC[0-9]{6}$' } }]);
  ct.createField('operatorAddress')
    .name('Registered address')
    .type('Text')
    .required(true)
    .validations([{ size: { max: 300 } }]);
  ct.createField('dataProtectionEmail')
    .name('Data protection contact email')
    .type('Symbol')
    .required(true)
    .validations([{ regexp: { pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' } }, { size: { max: 254 } }]);
  ct.createField('icoRegistrationNumber')
    .name('ICO registration number')
    .type('Symbol')
    .validations([{ regexp: { pattern: '^Z[A-Z0-9][0-9]{6}$' } }]);
  ct.createField('hmrcCharityReference')
    .name('HMRC charities reference')
    .type('Symbol')
    .validations([{ regexp: { pattern: '^[A-Z]{1,3}[0-9]{1,6}$' } }]);

  ct.changeFieldControl('operatorName', 'builtin', 'singleLine', {
    helpText:
      'The legal name of the organisation behind the site, exactly as registered (for a charity, as on the register). It receives donations, appears in the Gift Aid declaration, on receipts, in the footer and as the data controller in the privacy notice.',
  });
  ct.changeFieldControl('operatorStatus', 'builtin', 'dropdown', {
    helpText:
      'registered-charity: the site offers Gift Aid, and at least one charity number below is required. not-a-charity: no Gift Aid is offered and the charity numbers must be empty.',
  });
  ct.changeFieldControl('charityNumberEnglandWales', 'builtin', 'singleLine', {
    helpText: 'Charity Commission for England and Wales: 6 or 7 digits. Leave empty if not registered there.',
  });
  ct.changeFieldControl('charityNumberScotland', 'builtin', 'singleLine', {
    helpText: 'OSCR (Scottish Charity Regulator): SC followed by 6 digits. Leave empty if not registered there.',
  });
  ct.changeFieldControl('charityNumberNorthernIreland', 'builtin', 'singleLine', {
    helpText: 'Charity Commission for Northern Ireland: NIC followed by 6 digits. Leave empty if not registered there.',
  });
  ct.changeFieldControl('operatorAddress', 'builtin', 'multipleLine', {
    helpText: 'The registered (or principal office) address, one part per line. Shown in the privacy notice. Up to 300 characters.',
  });
  ct.changeFieldControl('dataProtectionEmail', 'builtin', 'singleLine', {
    helpText: 'Where people write about their personal information and data rights. Shown in the privacy notice.',
  });
  ct.changeFieldControl('icoRegistrationNumber', 'builtin', 'singleLine', {
    helpText: 'Optional. The Information Commissioner’s Office registration number, for example Z1234567 or ZA123456.',
  });
  ct.changeFieldControl('hmrcCharityReference', 'builtin', 'singleLine', {
    helpText: 'Optional, registered charities only. HMRC’s charities reference, written at the top of every Gift Aid schedule export.',
  });
};
