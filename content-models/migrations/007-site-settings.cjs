/** siteSettings: the single entry (id `siteSettings`) holding site-wide text and settings. */
const { createContentType, symbol, url, text } = require('../lib/fields.cjs');

module.exports = function (migration) {
  createContentType(migration, 'siteSettings', { name: 'Site settings', description: 'Site-wide text and settings. There is exactly one entry, with id siteSettings.', displayField: 'campaignName' }, [
    symbol('campaignName', 'Campaign name', { max: 60, help: 'Shown in the header and page titles. Up to 60 characters.' }),
    symbol('strapline', 'Strapline', { max: 200, help: 'One line under the campaign name on the home page. Up to 200 characters.' }),
    url('exitDestinationUrl', 'Quick exit destination', {
      help: 'Where the quick exit button goes: an everyday, unremarkable https:// site.',
    }),
    text('footerText', 'Footer text', {
      max: 600,
      help: 'Who is behind the site and what it is not (not government, not the CMS). Up to 600 characters.',
    }),
    text('donateIntro', 'Donate introduction', { max: 400, help: 'What gifts pay for, shown above the donation form. Up to 400 characters.' }),
  ]);
};
