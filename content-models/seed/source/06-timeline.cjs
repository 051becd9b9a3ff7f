'use strict';
/**
 * Timeline milestones. Where a source gives only a month (May 2022, March 2023), the event is dated
 * on the last day of that month and the description says "in <Month YYYY>".
 */
const event = (id, date, category, title, description, link) => ({
  id,
  contentType: 'timelineEvent',
  fields: link ? { date, title, description, link, category } : { date, title, description, category },
});

module.exports = {
  entries: [
    event(
      'timeline-letter-before-claim',
      '2020-06-24',
      'legal',
      'Four women send a Letter Before Claim to the DWP',
      'Backed by Gingerbread, the Good Law Project and Mumsnet, four women tell the Department for Work and Pensions they intend to seek a judicial review of the CMS’s failure to collect maintenance for their children.',
      '/news/letter-before-claim-to-the-dwp',
    ),
    event(
      'timeline-pre-covid-arrears',
      '2020-06-24',
      'campaign',
      'Gingerbread: £335m unpaid before the pandemic',
      'Gingerbread says that even before COVID-19 there was £335m in unpaid arrears, over 100,000 children were receiving nothing and the CMS collected less than 10% of what was owed.',
      '/news/unpaid-arrears-before-covid-19',
    ),
    event(
      'timeline-opfs-backs-case',
      '2020-07-01',
      'campaign',
      'One Parent Families Scotland backs the case',
      'OPFS announces its support for the legal challenge and reports £354m owed by non-paying parents, with less than 10% recovered. It also warns that the CMS has said it cannot chase missed payments during COVID-19.',
      '/news/opfs-backs-the-legal-case',
    ),
    event(
      'timeline-survey-opens',
      '2020-08-06',
      'campaign',
      'Mumsnet’s #FixTheCMS survey opens',
      'Between 6 and 24 August 2020, 1,357 parents answer Mumsnet’s survey about the CMS. 86% say it allowed their ex to financially control or abuse them after separation.',
      '/news/survey-of-1357-parents',
    ),
    event(
      'timeline-cited-in-parliament',
      '2022-05-31',
      'parliament',
      'Survey and campaign cited in Parliament',
      'In May 2022, Mumsnet’s #FixTheCMS survey and campaign are cited in Parliament.',
      '/news/survey-cited-in-parliament',
    ),
    event(
      'timeline-permission-full-hearing',
      '2023-03-31',
      'legal',
      'Case given permission for a full hearing',
      'In March 2023, the legal challenge is given permission to proceed to a full hearing at the High Court.',
      '/news/high-court-hearing-listed-for-october',
    ),
    event(
      'timeline-opfs-report',
      '2023-06-05',
      'campaign',
      'OPFS publishes its value-for-money research',
      'One Parent Families Scotland’s report on single parents’ experiences of the CMS calls for a root-and-branch review and sets out five policy asks.',
      '/news/opfs-value-for-money-report',
    ),
    event(
      'timeline-gingerbread-intervenes',
      '2023-08-15',
      'legal',
      'Gingerbread given permission to intervene',
      'Gingerbread can now put its view of how the CMS works for single parents to the court as a third-party intervener. It reports total arrears of £547.9m.',
      '/news/gingerbread-permitted-to-intervene',
    ),
    event(
      'timeline-two-new-laws',
      '2023-08-15',
      'parliament',
      'Gingerbread reports two new laws on the CMS',
      'Two Bills that Gingerbread and other charities supported have become law: one to improve the CMS for survivors of domestic abuse, one to strengthen enforcement. Gingerbread fears they will not go far enough.',
      '/news/two-new-laws-on-the-cms',
    ),
    event(
      'timeline-appg-domestic-abuse',
      '2023-09-12',
      'parliament',
      'APPG on the CMS meeting on domestic abuse',
      'MPs in the All Party Parliamentary Group on the CMS, a group Gingerbread helps to run, pick this date to meet about domestic abuse and the CMS.',
      '/asks/better-service-for-domestic-abuse-survivors',
    ),
    event(
      'timeline-high-court-hearing',
      '2023-10-03',
      'legal',
      'High Court hearing listed for 3 to 5 October',
      'The full hearing of the legal challenge is listed at the High Court for three days, from 3 to 5 October 2023.',
      '/news/high-court-hearing-listed-for-october',
    ),
    event(
      'timeline-reception-2025',
      '2025-02-11',
      'campaign',
      'Gingerbread hosts a #FixTheCMS reception',
      'Gingerbread hosts a reception for the #FixTheCMS campaign.',
      '/news/fixthecms-reception',
    ),
  ],
};
