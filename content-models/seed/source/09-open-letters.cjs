'use strict';
const { entry, rich } = require('./_helpers.cjs');

module.exports = {
  entries: [
    {
      id: 'letter-fix-the-cms',
      contentType: 'openLetter',
      fields: {
        title: 'Fix the Child Maintenance Service: an open letter',
        slug: 'open-letter-fix-the-cms',
        addressee: 'The Secretary of State for Work and Pensions',
        summary:
          'Add your name to our letter asking the Secretary of State to make the Child Maintenance Service collect what children are owed, end the charges on parents who receive maintenance and keep survivors of abuse safe.',
        body: rich([
          ['p', 'Dear Secretary of State,'],
          [
            'p',
            'We are writing to you as parents, grandparents, friends and supporters of children whose maintenance goes unpaid. Your department runs the Child Maintenance Service. For too many families it is not working, and we ask you to fix it.',
          ],
          ['h2', 'What is going wrong'],
          [
            'p',
            'Unpaid maintenance keeps growing. In July 2020 One Parent Families Scotland reported that parents who were not paying owed £354 million, and that less than 10% of it was being recovered. By August 2023 Gingerbread put total arrears at £547.9 million.',
          ],
          [
            'p',
            'Behind those sums are children going without. Research by Hakovirta and colleagues (2019), cited by One Parent Families Scotland and Gingerbread, found that for children of single parents in poverty who receive no maintenance, the maintenance they are owed would lift around 60% of them out of poverty if it were actually paid.',
          ],
          [
            'p',
            'Parents tell us the service can make things worse. In a Mumsnet survey of 1,357 parents in August 2020, 86% said the CMS had let their former partner control or abuse them financially after separation, and 83% did not expect ever to receive the arrears they are owed.',
          ],
          ['h2', 'What we ask you to do'],
          [
            'ul',
            [
              'Stop charging parents who receive maintenance for a service they only use because the other parent will not pay.',
              'Make the service safe for survivors of domestic abuse, so that it is never a way to keep control through money.',
              'Use the enforcement powers Parliament has given you, close the loopholes that let income be hidden, and act quickly when payments stop.',
              'Give parents a service that answers, explains its decisions and manages each case properly.',
              'Commission the root-and-branch review of the CMS that One Parent Families Scotland called for in June 2023.',
            ],
          ],
          [
            'p',
            'Two new laws on the CMS were passed in 2023. They are a start. What matters now is whether children receive the money they are owed. We ask you to meet the campaign and set out how, and by when, that will happen.',
          ],
          ['p', 'Yours sincerely,'],
          ['p', 'The undersigned supporters of #FixTheCMS'],
        ]),
        asks: [
          entry('ask-abolish-charges'),
          entry('ask-domestic-abuse-survivors'),
          entry('ask-tackle-non-payment'),
          entry('ask-customer-service'),
          entry('ask-root-and-branch-review'),
        ],
        target: 10000,
        milestones: ['100', '1000', '5000'],
        status: 'open',
      },
    },
  ],
};
