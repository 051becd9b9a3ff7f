/** siteSettings: the single entry (id `siteSettings`) holding site-wide text and settings. */
module.exports = function (migration) {
  const ct = migration
    .createContentType('siteSettings')
    .name('Site settings')
    .description('Site-wide text and settings. There is exactly one entry, with id siteSettings.')
    .displayField('campaignName');

  ct.createField('campaignName')
    .name('Campaign name')
    .type('Symbol')
    .required(true)
    .validations([{ size: { max: 60 } }]);
  ct.createField('strapline').name('Strapline').type('Symbol').required(true).validations([{ size: { max: 200 } }]);
  ct.createField('exitDestinationUrl')
    .name('Quick exit destination')
    .type('Symbol')
    .required(true)
    .validations([{ regexp: { pattern: '^https://' } }]);
  ct.createField('footerText')
    .name('Footer text')
    .type('Text')
    .required(true)
    .validations([{ size: { max: 600 } }]);
  ct.createField('donateIntro')
    .name('Donate introduction')
    .type('Text')
    .required(true)
    .validations([{ size: { max: 400 } }]);

  ct.changeFieldControl('campaignName', 'builtin', 'singleLine', {
    helpText: 'Shown in the header and page titles. Up to 60 characters.',
  });
  ct.changeFieldControl('strapline', 'builtin', 'singleLine', {
    helpText: 'One line under the campaign name on the home page. Up to 200 characters.',
  });
  ct.changeFieldControl('exitDestinationUrl', 'builtin', 'urlEditor', {
    helpText: 'Where the quick exit button goes: an everyday, unremarkable https:// site.',
  });
  ct.changeFieldControl('footerText', 'builtin', 'multipleLine', {
    helpText: 'Who is behind the site and what it is not (not government, not the CMS). Up to 600 characters.',
  });
  ct.changeFieldControl('donateIntro', 'builtin', 'multipleLine', {
    helpText: 'What gifts pay for, shown above the donation form. Up to 400 characters.',
  });
};
