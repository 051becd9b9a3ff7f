'use strict';
/**
 * News articles. `day` is the article's date (also used for its sys timestamps).
 * One article is a draft that has never been published (news-draft-appg-briefing) and one has been
 * changed since it was published (news-reception-2025: `publishedFields` holds the published title
 * and summary; `fields` holds the latest, unpublished edit).
 */
const { entry, asset, rich } = require('./_helpers.cjs');

const MUMSNET_LAUNCH =
  'Mumsnet, "New child maintenance campaign from Mumsnet, Gingerbread and the Good Law Project", 24 June 2020';
const GINGERBREAD_2020 =
  'Gingerbread, statement on the legal challenge, published in Mumsnet, "New child maintenance campaign from Mumsnet, Gingerbread and the Good Law Project", 24 June 2020';
const MUMSNET_CAMPAIGN = 'Mumsnet, "Fix the Child Maintenance Service campaign", last updated 17 April 2024';
const OPFS_2020 = 'One Parent Families Scotland, "Legal challenge to #FixTheCMS", 1 July 2020';
const OPFS_2023 =
  'One Parent Families Scotland, "Does the UK Child Maintenance Service deliver value for money for children?", 5 June 2023';
const GINGERBREAD_2023 = 'Gingerbread, news on its permission to intervene in the CMS legal case, 15 August 2023';
const GINGERBREAD_2025 = 'Gingerbread, "Gingerbread hosts #FixTheCMS reception", 11 February 2025';

const article = (id, day, fields, extra = {}) => ({
  id,
  contentType: 'newsArticle',
  day,
  ...extra,
  fields: { ...fields, publishDate: day },
});

module.exports = {
  entries: [
    article('news-letter-before-claim', '2020-06-24', {
      title: 'Four women take the first legal step against the DWP over the CMS',
      slug: 'letter-before-claim-to-the-dwp',
      summary:
        'Four women have sent a Letter Before Claim to the Department for Work and Pensions, the first step towards a judicial review of the Child Maintenance Service’s failure to collect maintenance. Gingerbread, the Good Law Project and Mumsnet are backing them.',
      body: rich([
        ['h2', 'What has happened'],
        [
          'p',
          'Four women have written formally to the Department for Work and Pensions (DWP), the government department responsible for the Child Maintenance Service (CMS). Their Letter Before Claim says they intend to ask the High Court for a judicial review of the way the CMS has failed to collect the maintenance owed for their children.',
        ],
        [
          'p',
          'In their account, money that never arrived has left their families struggling to get by, some of them below the poverty line. Gingerbread, the Good Law Project and Mumsnet announced on 24 June 2020 that they are supporting the women, as part of a wider campaign to fix the CMS.',
        ],
        ['h2', 'What a Letter Before Claim is'],
        [
          'p',
          'Before anyone can ask a court to review a decision or failure by a public body, they are expected to set out their case in a formal letter. The letter gives the department a chance to respond, and to put things right, before the case goes to court.',
        ],
        ['h2', 'Why it matters'],
        [
          'p',
          'Maintenance is meant to make sure both parents support their children after separation. When it is not collected, children go without. Read the campaign’s ask for [stronger action against avoidance and non-payment](/asks/stronger-action-on-avoidance-and-non-payment).',
        ],
      ]),
      organisation: 'Gingerbread, Good Law Project and Mumsnet',
      tags: ['legal-case', 'campaign'],
      heroImage: asset('asset-hero-court'),
      heroImageAlt: 'Abstract illustration of pale pillars under a triangular roof, with a yellow sun behind them.',
      relatedAsks: [entry('ask-tackle-non-payment')],
      sources: [MUMSNET_LAUNCH, MUMSNET_CAMPAIGN],
    }),

    article('news-pre-covid-arrears', '2020-06-24', {
      title: '£335m unpaid and over 100,000 children with nothing, even before the pandemic',
      slug: 'unpaid-arrears-before-covid-19',
      summary:
        'Setting out why it is backing the legal challenge, Gingerbread says that before COVID-19 there was already £335m in unpaid maintenance, over 100,000 children received nothing, and the CMS collected less than 10% of what was owed.',
      body: rich([
        [
          'p',
          'When it announced its support for the legal challenge on 24 June 2020, Gingerbread described how the Child Maintenance Service was performing before COVID-19 reached the UK.',
        ],
        ['h2', 'The figures'],
        [
          'ul',
          [
            '**£335m** in maintenance arrears left unpaid.',
            '**Over 100,000 children** not receiving a penny of maintenance.',
            'The CMS collecting **less than 10%** of the amount owed.',
          ],
        ],
        ['h2', 'Why the date matters'],
        [
          'p',
          'These figures describe the position before the pandemic, as Gingerbread reported it in June 2020. They are not today’s numbers. Other figures on this site, such as the £547.9m of total arrears Gingerbread reported on 15 August 2023, describe a different moment and should be read with their own date.',
        ],
        [
          'p',
          'Gingerbread argued that the CMS has enforcement powers it was not using, and that a government service should not be able to leave children in poverty without being held to account.',
        ],
      ]),
      organisation: 'Gingerbread',
      tags: ['arrears'],
      heroImage: asset('asset-hero-family-budget'),
      heroImageAlt: 'Abstract illustration of stacks of pale coins beside a simple teal house on a warm yellow background.',
      relatedAsks: [entry('ask-tackle-non-payment')],
      sources: [GINGERBREAD_2020],
    }),

    article('news-what-parents-want', '2020-06-24', {
      title: 'What parents want from the Child Maintenance Service',
      slug: 'what-parents-want-from-the-cms',
      summary:
        'When the legal challenge was announced, parents on Mumsnet shared their ideas for fixing the CMS. We have gathered the main themes, in our own words.',
      body: rich([
        [
          'p',
          'The day the legal challenge was announced, parents filled a Mumsnet discussion with their experiences of the CMS and their ideas for changing it. We have not quoted anyone: these are the themes that came up, put in our own words.',
        ],
        ['h2', 'Ideas parents put forward'],
        [
          'ul',
          [
            '**Take maintenance at source**, straight from wages, in the way student loan repayments are collected.',
            '**Close the loopholes** that let self-employed parents, or parents paid through their own limited company, appear to earn far less than they do.',
            '**Use real-time earnings**, not figures from a previous tax year, when working out what is owed.',
            '**Pay the child first**: the state would pay the receiving parent and then recover the money from the paying parent.',
            '**Make arrears cost something**, with interest and penalties on unpaid maintenance.',
            '**Never write arrears off**: money owed to a child should stay owed.',
          ],
        ],
        [
          'quote',
          'Child maintenance is not a favour between adults. It is money a child is owed, and it should be collected as firmly as any other debt.',
        ],
        ['h2', 'Where these ideas fit'],
        [
          'p',
          'Several of these themes sit behind our asks, especially [tougher penalties for persistent non-payers](/asks/tougher-penalties-for-persistent-non-payers) and stronger action against avoidance and non-payment.',
        ],
      ]),
      organisation: '#FixTheCMS campaign',
      tags: ['campaign', 'arrears'],
      heroImage: asset('asset-hero-coalition'),
      heroImageAlt: 'Abstract illustration of four overlapping translucent circles in teal, yellow and cream on deep navy.',
      relatedAsks: [entry('ask-tougher-penalties'), entry('ask-tackle-non-payment')],
      sources: [MUMSNET_LAUNCH],
    }),

    article('news-covid-skeleton-service', '2020-07-01', {
      title: 'COVID-19: the CMS says it cannot chase missed payments',
      slug: 'covid-19-skeleton-service',
      summary:
        'During the pandemic the CMS moved to a skeleton service and said it could not chase missed payments or underpayments. Charities warned that single-parent families were being left without money they rely on.',
      body: rich([
        ['h2', 'What changed'],
        [
          'p',
          'In the first months of the COVID-19 pandemic, the Child Maintenance Service cut back to what Gingerbread described on 24 June 2020 as a skeleton service, under which payments were, as a rule, no longer being enforced.',
        ],
        [
          'p',
          'On 1 July 2020 One Parent Families Scotland reported that the CMS had said it was unable, for the time being, to chase any missed payments or underpayments.',
        ],
        ['h2', 'Who it hits hardest'],
        [
          'p',
          'For many single-parent families, maintenance pays for food and other essentials. OPFS warned that parents, and especially those who have experienced abuse, were being left for months without payments and without support from government.',
        ],
        [
          'p',
          'Missed payments do not disappear: they become arrears. Read the campaign’s ask for [stronger action against avoidance and non-payment](/asks/stronger-action-on-avoidance-and-non-payment).',
        ],
      ]),
      organisation: 'One Parent Families Scotland and Gingerbread',
      tags: ['covid-19', 'arrears'],
      heroImage: asset('asset-hero-family-budget'),
      heroImageAlt: 'Abstract illustration of stacks of pale coins beside a simple teal house on a warm yellow background.',
      relatedAsks: [entry('ask-tackle-non-payment'), entry('ask-domestic-abuse-survivors')],
      sources: [GINGERBREAD_2020, OPFS_2020],
    }),

    article('news-opfs-backs-legal-case', '2020-07-01', {
      title: 'One Parent Families Scotland backs the legal challenge',
      slug: 'opfs-backs-the-legal-case',
      summary:
        'OPFS has added its support to the legal challenge over the CMS’s failure to enforce maintenance. It points to £354m owed by non-paying parents, with less than 10% of it recovered.',
      body: rich([
        ['h2', 'Support from Scotland'],
        [
          'p',
          'On 1 July 2020 One Parent Families Scotland (OPFS) announced its support for the legal case over the Child Maintenance Service’s failure to enforce maintenance, which Gingerbread is leading with the Good Law Project and Mumsnet.',
        ],
        [
          'p',
          'OPFS’s director, Satwat Rehman, said parents had been telling the charity for years that the promised improvements to the service had not arrived, and that the case matters for single parents in Scotland who are missing money they depend on.',
        ],
        ['h2', 'The figures'],
        [
          'p',
          'OPFS reported that £354m was owed by non-paying parents and that less than 10% of it had been recovered (OPFS, 1 July 2020).',
        ],
        ['h2', 'Why it matters'],
        [
          'p',
          'OPFS also pointed to research suggesting that paying what is owed would end poverty for about six in ten of the single parents’ children who are poor and get no maintenance now. There is a [summary of that research](/research/hakovirta-2019-child-maintenance-and-child-poverty) on this site.',
        ],
      ]),
      organisation: 'One Parent Families Scotland (OPFS)',
      tags: ['legal-case', 'arrears'],
      heroImage: asset('asset-hero-court'),
      heroImageAlt: 'Abstract illustration of pale pillars under a triangular roof, with a yellow sun behind them.',
      relatedAsks: [entry('ask-tackle-non-payment'), entry('ask-root-and-branch-review')],
      sources: [OPFS_2020],
    }),

    article('news-survey-results', '2020-08-31', {
      title: 'Survey of 1,357 parents: 86% say the CMS let their ex control or abuse them financially',
      slug: 'survey-of-1357-parents',
      summary:
        'In Mumsnet’s survey of 1,357 parents, run from 6 to 24 August 2020, 86% said the CMS had allowed their ex to financially control or abuse them after separation, and 93% wanted tougher penalties for persistent non-payers.',
      body: rich([
        [
          'p',
          'Between 6 and 24 August 2020, 1,357 parents answered Mumsnet’s #FixTheCMS survey about their experience of the Child Maintenance Service.',
        ],
        ['h2', 'What parents told the survey'],
        [
          'ul',
          [
            '**86%** said the CMS had allowed their ex to financially control or abuse them after separation.',
            '**83%** said they would likely never receive the arrears they are owed.',
            '**73%** described their experience of the CMS as negative.',
            '**72%** said using the CMS had made their mental health and wellbeing worse.',
          ],
        ],
        ['h2', 'What parents want done'],
        [
          'p',
          '**93%** said parents who regularly avoid paying should face more serious penalties, such as having their passport or driving licence taken away, or a lump sum deducted directly from their bank account.',
        ],
        [
          'p',
          'These are the views of the parents who took part. For how the survey was run, and what its published results do not say, see the [summary of the survey](/research/mumsnet-parents-survey-2020) on this site.',
        ],
      ]),
      organisation: 'Mumsnet',
      tags: ['survey', 'domestic-abuse'],
      heroImage: asset('asset-hero-survey'),
      heroImageAlt: 'Abstract illustration of a grid of teal dots, a few in yellow, beside a row of rising navy bars.',
      relatedAsks: [entry('ask-domestic-abuse-survivors'), entry('ask-tougher-penalties')],
      sources: [
        'Mumsnet, "Fix the Child Maintenance Service campaign" (survey of 1,357 parents, 6 to 24 August 2020), last updated 17 April 2024',
      ],
    }),

    article('news-survey-cited-in-parliament', '2022-05-31', {
      title: 'Parents’ survey cited in Parliament',
      slug: 'survey-cited-in-parliament',
      summary:
        'In May 2022 Mumsnet’s #FixTheCMS survey and campaign were cited in Parliament, putting parents’ experiences of the Child Maintenance Service in front of lawmakers.',
      body: rich([
        ['h2', 'What happened'],
        [
          'p',
          'Mumsnet reported that its #FixTheCMS survey and campaign were cited in Parliament in May 2022. The survey gathered the experiences of 1,357 parents in August 2020, in their own terms, about how the CMS works for their families.',
        ],
        ['h2', 'Why it matters'],
        [
          'p',
          'Parliament makes the law that governs child maintenance. When parents’ experiences reach the debating chamber, they are harder to overlook.',
        ],
        ['h2', 'Add your voice'],
        [
          'p',
          'Your MP can raise the CMS with ministers and in Parliament. Find out how to [write to your MP](/get-involved).',
        ],
      ]),
      organisation: 'Mumsnet',
      tags: ['parliament', 'survey'],
      heroImage: asset('asset-hero-parliament'),
      heroImageAlt: 'Abstract illustration of a row of tall navy pointed arches with yellow windows above a golden band.',
      relatedAsks: [entry('ask-root-and-branch-review')],
      sources: [MUMSNET_CAMPAIGN],
    }),

    article('news-opfs-value-for-money-report', '2023-06-05', {
      title: 'Is the CMS value for money for children? OPFS publishes its research',
      slug: 'opfs-value-for-money-report',
      summary:
        'One Parent Families Scotland’s new report, based on a survey, advice-line case studies and its local services, finds the CMS falling short for single parents and calls for a root-and-branch review.',
      body: rich([
        ['h2', 'What the research looked at'],
        [
          'p',
          'On 5 June 2023 One Parent Families Scotland (OPFS) published a report on single parents’ experiences of the Child Maintenance Service. It draws on a survey, case studies from the OPFS national advice and information service, and parents who use its local services.',
        ],
        ['h2', 'What it found'],
        [
          'p',
          'Parents described problems with advice, with how maintenance was calculated, with enforcement and with customer service. They also described little help when the other parent hid their true earnings, found a loophole or simply refused to pay. OPFS found these problems had grown worse since the pandemic began.',
        ],
        ['h2', 'What OPFS is asking for'],
        [
          'ul',
          [
            '[An end to CMS charges for parents who receive maintenance](/asks/abolish-cms-charges-for-receiving-parents).',
            '[A better service for survivors of domestic abuse](/asks/better-service-for-domestic-abuse-survivors).',
            '[Stronger action against avoidance and non-payment](/asks/stronger-action-on-avoidance-and-non-payment).',
            '[Better customer service and case management](/asks/better-customer-service-and-case-management).',
            '[A root-and-branch review of the CMS](/asks/root-and-branch-review).',
          ],
        ],
        ['p', 'There is a [summary of the report](/research/opfs-value-for-money-2023) on this site, with a one-page PDF.'],
      ]),
      organisation: 'One Parent Families Scotland (OPFS)',
      tags: ['research'],
      heroImage: asset('asset-hero-survey'),
      heroImageAlt: 'Abstract illustration of a grid of teal dots, a few in yellow, beside a row of rising navy bars.',
      relatedAsks: [entry('ask-root-and-branch-review'), entry('ask-abolish-charges')],
      sources: [OPFS_2023],
    }),

    article('news-gingerbread-intervenes', '2023-08-15', {
      title: 'Gingerbread given permission to intervene in the legal case',
      slug: 'gingerbread-permitted-to-intervene',
      summary:
        'The court has allowed Gingerbread to take part in the legal challenge as a third-party intervener, so it can explain how the CMS works for single parents. Gingerbread puts total arrears at £547.9m.',
      body: rich([
        ['h2', 'What an intervener does'],
        [
          'p',
          'An intervener is not one of the two sides in a case. It is given permission to put information or a view to the court that may help the judges decide. Gingerbread will use its place to tell the court how the Child Maintenance Service works for single parents, drawing on what parents tell it every day.',
        ],
        [
          'p',
          'Gingerbread says it has already given evidence at earlier stages to show that the claimants’ experiences are typical of how the system works, not isolated cases.',
        ],
        ['h2', '£547.9m in arrears'],
        [
          'p',
          'Gingerbread puts total arrears at £547.9m (15 August 2023). It supported two recent changes to the law but is concerned they will not go far enough, which is one reason it is involved in the case. Read more about [the two new laws](/news/two-new-laws-on-the-cms).',
        ],
      ]),
      organisation: 'Gingerbread',
      tags: ['legal-case', 'arrears'],
      heroImage: asset('asset-hero-court'),
      heroImageAlt: 'Abstract illustration of pale pillars under a triangular roof, with a yellow sun behind them.',
      relatedAsks: [entry('ask-tackle-non-payment')],
      sources: [GINGERBREAD_2023],
    }),

    article('news-two-new-laws', '2023-08-15', {
      title: 'Two new laws on the CMS: progress, but not enough',
      slug: 'two-new-laws-on-the-cms',
      summary:
        'Two Bills on the Child Maintenance Service have become law: one to improve how survivors of domestic abuse are treated, the other to strengthen enforcement. Gingerbread fears the changes will not go far enough.',
      body: rich([
        ['h2', 'What the new laws do'],
        [
          'p',
          'Gingerbread, with other charities, supported two Bills on the Child Maintenance Service that have now become law. One aims to make the service better for survivors of domestic abuse who use it. The other strengthens the CMS’s powers to enforce payment from parents who do not pay.',
        ],
        ['h2', 'Why it is not the end of the story'],
        [
          'p',
          'With total arrears at £547.9m (Gingerbread, 15 August 2023), Gingerbread says it is concerned the changes will not go far enough. New powers help only if the CMS uses them, and survivors will judge the service by how it treats them in practice.',
        ],
        [
          'p',
          'On this site, the ask for [a better service for survivors of domestic abuse](/asks/better-service-for-domestic-abuse-survivors) is therefore marked as in progress, not won.',
        ],
      ]),
      organisation: 'Gingerbread',
      tags: ['parliament', 'domestic-abuse'],
      heroImage: asset('asset-hero-parliament'),
      heroImageAlt: 'Abstract illustration of a row of tall navy pointed arches with yellow windows above a golden band.',
      relatedAsks: [entry('ask-domestic-abuse-survivors'), entry('ask-tackle-non-payment')],
      sources: [GINGERBREAD_2023],
    }),

    article('news-high-court-hearing-listed', '2023-08-15', {
      title: 'Legal challenge to get a full High Court hearing in October',
      slug: 'high-court-hearing-listed-for-october',
      summary:
        'The challenge over the CMS’s failure to collect maintenance was given permission in March 2023 to go to a full hearing. It is listed to be heard at the High Court from 3 to 5 October 2023.',
      body: rich([
        ['h2', 'From a letter to a hearing'],
        [
          'p',
          'The case began in June 2020, when four women sent a [Letter Before Claim to the DWP](/news/letter-before-claim-to-the-dwp). In March 2023, Gingerbread reported, the court gave permission for the case to proceed to a full hearing.',
        ],
        ['h2', 'The hearing'],
        [
          'p',
          'The case is listed to be heard at the High Court over three days, from 3 to 5 October 2023. The claimants argue that the CMS has persistently failed to take proper and effective steps to recover the maintenance they are owed, leaving them in serious and long-running financial difficulty.',
        ],
        [
          'p',
          'Gingerbread has been given permission to intervene, so the court will also hear how the system works for single parents more widely.',
        ],
        ['h2', 'What comes next'],
        ['p', 'The court will decide the case after the hearing. Until then, the campaign for change goes on outside the courtroom.'],
      ]),
      organisation: 'Gingerbread',
      tags: ['legal-case'],
      heroImage: asset('asset-hero-court'),
      heroImageAlt: 'Abstract illustration of pale pillars under a triangular roof, with a yellow sun behind them.',
      relatedAsks: [entry('ask-tackle-non-payment'), entry('ask-root-and-branch-review')],
      sources: [GINGERBREAD_2023],
    }),

    article(
      'news-reception-2025',
      '2025-02-11',
      {
        title: '#FixTheCMS reception: looking back at the campaign so far',
        slug: 'fixthecms-reception',
        summary:
          'Gingerbread hosted a #FixTheCMS reception on 11 February 2025. We look back at the milestones since four women first challenged the Child Maintenance Service in June 2020.',
        body: rich([
          ['p', 'The reception was a moment to take stock. Here is how the campaign got this far, and what still has to change.'],
          ['img', 'asset-inline-milestones'],
          ['h2', 'How the campaign got here'],
          [
            'ul',
            [
              '**June 2020**: four women send a Letter Before Claim to the DWP, backed by Gingerbread, the Good Law Project and Mumsnet.',
              '**July 2020**: One Parent Families Scotland announces its support for the case.',
              '**August 2020**: 1,357 parents answer Mumsnet’s #FixTheCMS survey.',
              '**May 2022**: the survey and campaign are cited in Parliament.',
              '**March 2023**: the case is given permission to proceed to a full hearing.',
              '**June 2023**: OPFS publishes its research on whether the CMS is value for money for children.',
              '**August 2023**: Gingerbread is given permission to intervene, and reports that two new laws on the CMS have been passed.',
              '**September 2023**: the All Party Parliamentary Group on the CMS sets a meeting on domestic abuse and the CMS for 12 September.',
              '**3 to 5 October 2023**: the dates listed for the full hearing at the High Court.',
            ],
          ],
          ['h2', 'What still needs to change'],
          [
            'p',
            'Our asks have not changed: from ending charges for receiving parents to a [root-and-branch review of the CMS](/asks/root-and-branch-review), they are all about making sure children receive the maintenance they are owed.',
          ],
        ]),
        organisation: '#FixTheCMS campaign',
        tags: ['campaign'],
        heroImage: asset('asset-hero-coalition'),
        heroImageAlt: 'Abstract illustration of four overlapping translucent circles in teal, yellow and cream on deep navy.',
        relatedAsks: [entry('ask-root-and-branch-review')],
        sources: [GINGERBREAD_2025, GINGERBREAD_2023],
      },
      {
        state: 'changed',
        editedDay: '2025-02-12',
        publishedFields: {
          title: 'Gingerbread holds a #FixTheCMS reception',
          summary: 'On 11 February 2025 Gingerbread hosted a reception for the #FixTheCMS campaign.',
        },
      },
    ),

    article(
      'news-draft-appg-briefing',
      '2023-08-15',
      {
        title: 'Briefing: MPs’ group on the CMS to look at domestic abuse',
        slug: 'draft-appg-briefing',
        summary:
          'The All Party Parliamentary Group on the Child Maintenance Service meets on 12 September 2023 to look at domestic abuse and the CMS. Here is what the group is and why the meeting matters.',
        body: rich([
          ['h2', 'What an APPG is'],
          [
            'p',
            'An All Party Parliamentary Group (APPG) brings together MPs from different parties to work on a shared issue. For the APPG on the Child Maintenance Service, Gingerbread shares the behind-the-scenes work of running the group, so the MPs in it can meet and take evidence.',
          ],
          ['h2', 'The September meeting'],
          [
            'p',
            'The group’s next meeting, on 12 September 2023, will look at domestic abuse and the CMS. In Mumsnet’s survey of 1,357 parents (August 2020), 86% said the CMS had allowed their ex to financially control or abuse them after separation.',
          ],
          [
            'p',
            'Read the campaign’s ask for [a better service for survivors of domestic abuse](/asks/better-service-for-domestic-abuse-survivors).',
          ],
        ]),
        organisation: 'Gingerbread',
        tags: ['parliament', 'domestic-abuse'],
        heroImage: asset('asset-hero-parliament'),
        heroImageAlt: 'Abstract illustration of a row of tall navy pointed arches with yellow windows above a golden band.',
        relatedAsks: [entry('ask-domestic-abuse-survivors')],
        sources: [GINGERBREAD_2023],
      },
      { state: 'draft', editedDay: '2023-08-16' },
    ),
  ],
};
