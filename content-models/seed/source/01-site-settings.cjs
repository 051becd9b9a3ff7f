'use strict';
module.exports = {
  entries: [
    {
      id: 'siteSettings',
      contentType: 'siteSettings',
      fields: {
        campaignName: '#FixTheCMS',
        strapline:
          'Child maintenance is money children are owed. We want a Child Maintenance Service that makes sure it is paid.',
        exitDestinationUrl: 'https://www.bbc.co.uk/weather',
        footerText:
          '#FixTheCMS is a coalition campaign by single-parent charities and supporters. Gingerbread, the Good Law Project and Mumsnet have backed the legal challenge to the Child Maintenance Service, with support from One Parent Families Scotland. This site supports the #FixTheCMS campaign. It is not a government website and it is not the Child Maintenance Service, so we cannot deal with individual cases.',
        donateIntro:
          'Your gift helps pay for research into how the Child Maintenance Service is working for families, for support with the legal work that holds it to account, and for keeping this site running, safe and free of trackers. Every gift, whatever its size, makes a difference.',
        // The operator: clearly fictional placeholders. "Example Charity" and every number
        // below are EXAMPLES in the right format (from ranges not yet assigned), not any real
        // organisation's. Replace them with the real operator's details before launch.
        operatorName: 'Example Charity',
        operatorStatus: 'registered-charity',
        charityNumberEnglandWales: '1234567',
        charityNumberScotland: 'SC099999',
        operatorAddress: 'Example House\n1 Example Street\nExampletown\nXX1 1XX',
        dataProtectionEmail: 'privacy@fixthecms.example',
        icoRegistrationNumber: 'ZA000000',
        hmrcCharityReference: 'EX00000',
      },
    },
  ],
};
