'use strict';
const { entry, paras } = require('./_helpers.cjs');

const point = (id, title, body) => ({ id, contentType: 'talkingPoint', fields: { title, body } });

module.exports = {
  entries: [
    point(
      'tp-review-arrears',
      'Money owed to children is not being collected',
      'On 15 August 2023 Gingerbread put the total of unpaid child maintenance at £547.9m. Back in June 2020 it said that over 100,000 children were getting nothing at all, and that the CMS was collecting less than 10% of what was owed.',
    ),
    point(
      'tp-review-whole-system',
      'The problems run through the whole service',
      'One Parent Families Scotland’s research report of 5 June 2023 heard from parents, its advice line and its local services. It found problems with advice, calculations, enforcement and customer service, and with hidden earnings and loopholes. It concluded that the CMS needs a root-and-branch review, not another patch.',
    ),
    point(
      'tp-review-control',
      'The CMS can become a way to keep control',
      'In a Mumsnet survey of 1,357 parents, run from 6 to 24 August 2020, 86% said the CMS had let their ex-partner control or abuse them financially after they separated, and 72% said dealing with it had harmed their mental health.',
    ),
    point(
      'tp-review-poverty',
      'Maintenance that is paid lifts children out of poverty',
      'Research by Hakovirta and colleagues (2019), cited by One Parent Families Scotland, found that for children of single parents who are in poverty and get no maintenance, payments that actually arrived would lift around 60% of them out of poverty.',
    ),
    point(
      'tp-review-new-laws',
      'New laws are welcome but do not go far enough',
      'Two laws on the CMS were passed in 2023: one on how the service treats survivors of domestic abuse, one on stronger enforcement powers (Gingerbread, 15 August 2023). They are a start. A review would ask whether the service as a whole works for children.',
    ),
    {
      id: 'action-write-review',
      contentType: 'writeToMp',
      fields: {
        title: 'Ask your MP to back a root-and-branch review of the CMS',
        slug: 'write-to-your-mp-for-a-review',
        policyAsk: entry('ask-root-and-branch-review'),
        introduction: paras(
          'MPs take note when people in their own constituency write to them. A letter from you can lead to a question in Parliament, a meeting with a minister or a vote for change.',
          'Enter your postcode to find your MP. Then choose the points that matter to you and, if you can, say in a few lines what the CMS has meant for you and your children. It takes about five minutes.',
        ),
        talkingPoints: [
          entry('tp-review-arrears'),
          entry('tp-review-whole-system'),
          entry('tp-review-control'),
          entry('tp-review-poverty'),
          entry('tp-review-new-laws'),
        ],
        request:
          'Please ask the Secretary of State for Work and Pensions to commit to an independent, root-and-branch review of the Child Maintenance Service, and let me know what you will do.',
        subject: 'Please back a root-and-branch review of the Child Maintenance Service',
        showOn: ['home', 'get-involved'],
        articles: [entry('news-opfs-value-for-money-report')],
      },
    },
  ],
};
