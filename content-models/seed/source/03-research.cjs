'use strict';
const { asset } = require('./_helpers.cjs');

module.exports = {
  entries: [
    {
      id: 'research-opfs-value-for-money',
      contentType: 'researchSummary',
      fields: {
        title: 'Does the UK Child Maintenance Service deliver value for money for children?',
        slug: 'opfs-value-for-money-2023',
        publisher: 'One Parent Families Scotland (OPFS)',
        publishedDate: '2023-06-05',
        summary:
          'A research report from One Parent Families Scotland on how single parents experience the Child Maintenance Service. Parents described a service that fell short on advice, on calculations and on help when the other parent hid their earnings, used a loophole or simply did not pay. OPFS concludes that the CMS needs a root-and-branch review, because it is children who lose out when the system fails.',
        keyFindings: [
          'Single parents reported problems getting correct advice from the CMS.',
          'Parents described problems with how maintenance was calculated, with enforcement and with customer service.',
          'Help was lacking when the other parent did not report their true earnings, found a loophole or refused to pay.',
          'OPFS found that these problems had grown worse since the COVID-19 pandemic began.',
          'OPFS points to research (Hakovirta et al., 2019) on single parents’ children who are poor and get no maintenance: for about six in ten of them, the maintenance owed would be enough to end their poverty if it were paid.',
          'OPFS calls for a root-and-branch review of the CMS, alongside four further asks: no charges for receiving parents, a better service for survivors of domestic abuse, stronger action on avoidance and non-payment, and better customer service.',
        ],
        methodology:
          'The report draws on three sources: a survey; case studies from OPFS’s national advice and information service; and the experiences of parents who use OPFS’s local community-based services.\n\nThe material we have seen does not give the number of survey responses, the dates of the fieldwork or how participants were found, so we do not state them here. For those details, read the full report, which is published by OPFS.\n\nThe PDF on this page is our own one-page summary, not the report itself.',
        reportAsset: asset('asset-opfs-value-for-money-summary'),
        citation:
          'One Parent Families Scotland (OPFS), "Does the UK Child Maintenance Service deliver value for money for children?", research report, 5 June 2023.',
      },
    },
    {
      id: 'research-mumsnet-survey-2020',
      contentType: 'researchSummary',
      fields: {
        title: 'Mumsnet #FixTheCMS survey of 1,357 parents',
        slug: 'mumsnet-parents-survey-2020',
        publisher: 'Mumsnet',
        publishedDate: '2020-08-24',
        summary:
          'As part of the #FixTheCMS campaign, Mumsnet asked parents about their experience of the Child Maintenance Service. 1,357 parents answered between 6 and 24 August 2020. Most said the service had let their former partner use money to control or abuse them, most did not expect ever to see the arrears they are owed, and 93% wanted tougher penalties for parents who persistently avoid paying.',
        keyFindings: [
          '86% said the CMS had allowed their ex to financially control or abuse them after separation.',
          '83% said they would likely never receive the arrears they are owed.',
          '73% described their experience of the CMS as negative.',
          '72% said using the CMS had made their mental health and wellbeing worse.',
          '93% wanted firmer action against parents who keep avoiding payment. Asked by Mumsnet whether such parents “should face more serious penalties such as confiscation of passports and driving licences”, or lump sums taken from their bank accounts, they agreed.',
        ],
        methodology:
          'A survey of 1,357 parents, run by Mumsnet from 6 to 24 August 2020.\n\nMumsnet’s campaign page gives the number of respondents, the dates and the results above. It does not say how respondents were recruited, give the exact wording of the questions or say whether the results were weighted. The results should therefore be read as the views of the parents who took part, not of everyone who uses the CMS.\n\nThe date shown is the day the survey closed. We report the results as they appear on Mumsnet’s campaign page, last updated on 17 April 2024.',
        citation:
          'Mumsnet, "Fix the Child Maintenance Service campaign": #FixTheCMS survey of 1,357 parents, 6 to 24 August 2020. Campaign page last updated 17 April 2024.',
      },
    },
    {
      id: 'research-hakovirta-2019',
      contentType: 'researchSummary',
      fields: {
        title:
          'Child Poverty, Child Maintenance and Interactions with Social Assistance Benefits among Lone Parent Families: A Comparative Analysis',
        slug: 'hakovirta-2019-child-maintenance-and-child-poverty',
        publisher: 'Journal of Social Policy',
        publishedDate: '2019-01-01',
        summary:
          'An academic study by Hakovirta and colleagues, published in the Journal of Social Policy in 2019, on how child maintenance, child poverty and benefits interact in lone-parent families. One Parent Families Scotland and Gingerbread cite it for one finding above all: for children of single parents who are in poverty and receive no maintenance, maintenance that is actually paid would lift around 60% of them out of poverty.',
        keyFindings: [
          'Among UK children of single parents who live in poverty and get no maintenance, about six in ten would be out of poverty if the maintenance owed reached them (as cited by One Parent Families Scotland).',
        ],
        methodology:
          'The title describes the study as a comparative analysis of lone-parent families. This site summarises it only as it is cited by One Parent Families Scotland (1 July 2020 and 5 June 2023) and Gingerbread (15 August 2023), who give its headline finding but not its methods.\n\nWe therefore do not describe the data, the countries compared or the methods here. For those, read the article in the Journal of Social Policy. The publication date shown is the year only (2019); the exact day is not given in our sources.',
        citation:
          'Hakovirta et al. (2019), "Child Poverty, Child Maintenance and Interactions with Social Assistance Benefits among Lone Parent Families: A Comparative Analysis", Journal of Social Policy. Cited by One Parent Families Scotland (1 July 2020; 5 June 2023) and Gingerbread (15 August 2023).',
      },
    },
  ],
};
