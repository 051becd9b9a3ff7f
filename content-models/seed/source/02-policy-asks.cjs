'use strict';
const { entry, paras } = require('./_helpers.cjs');

module.exports = {
  entries: [
    {
      id: 'ask-abolish-charges',
      contentType: 'policyAsk',
      fields: {
        title: 'Abolish CMS charges for parents who receive maintenance',
        slug: 'abolish-cms-charges-for-receiving-parents',
        statement:
          'Parents who receive maintenance through the CMS should not be charged for it. They are being penalised because the other parent will not pay.',
        whyItMatters: paras(
          'When a paying parent will not cooperate, the parent bringing up the children has little choice but to ask the CMS to collect the money. Charging that parent puts part of the cost of non-payment on the household that is already going without.',
          'One Parent Families Scotland made ending these charges one of its policy asks in its research report of 5 June 2023, on the grounds that receiving parents are unfairly penalised for the other parent’s unwillingness to pay.',
          'Every pound of maintenance counts. Take a single parent’s child who is growing up poor and gets no maintenance: if the money owed were paid, about six times in ten that child would no longer be in poverty (Hakovirta et al., 2019, as cited by OPFS).',
        ),
        evidence: [entry('research-opfs-value-for-money'), entry('news-opfs-value-for-money-report')],
        status: 'calling-for',
        order: 1,
      },
    },
    {
      id: 'ask-domestic-abuse-survivors',
      contentType: 'policyAsk',
      fields: {
        title: 'A better service for survivors of domestic abuse',
        slug: 'better-service-for-domestic-abuse-survivors',
        statement:
          'The CMS must be safe for survivors of domestic abuse to use, and must never become a way for an abuser to keep control through money.',
        whyItMatters: paras(
          'For a parent who has left an abusive relationship, child maintenance can be one of the last links with their former partner. How the CMS handles a case can decide whether that link is a lifeline or a way to keep control.',
          'In Mumsnet’s survey of 1,357 parents, run from 6 to 24 August 2020, 86% said the CMS had allowed their ex to financially control or abuse them after separation.',
          'One Parent Families Scotland called for an improved service for survivors of domestic abuse in its report of 5 June 2023. Later that year, Gingerbread reported that a new law aimed at improving how the CMS treats survivors had been passed (Gingerbread, 15 August 2023).',
          'We count that law as progress, which is why this ask is marked as in progress rather than won. The test is whether survivors find the service safer in practice.',
        ),
        evidence: [
          entry('research-mumsnet-survey-2020'),
          entry('news-two-new-laws'),
          entry('research-opfs-value-for-money'),
        ],
        status: 'in-progress',
        order: 2,
      },
    },
    {
      id: 'ask-tackle-non-payment',
      contentType: 'policyAsk',
      fields: {
        title: 'Stronger action against avoidance and non-payment',
        slug: 'stronger-action-on-avoidance-and-non-payment',
        statement:
          'The CMS needs stronger systems, enough resources and the will to act against parents who avoid, reduce or refuse to pay the maintenance they owe.',
        whyItMatters: paras(
          'Unpaid maintenance has been counted at several points, and each figure belongs to its own date. In June 2020 Gingerbread said that, even before COVID-19, £335m was unpaid and over 100,000 children were receiving nothing, with the CMS collecting less than 10% of what was owed. On 1 July 2020 One Parent Families Scotland reported £354m owed by non-paying parents, with less than 10% of it recovered. On 15 August 2023 Gingerbread reported total arrears of £547.9m.',
          'Parents and advice services describe earnings going undeclared and loopholes being used to bring payments down. OPFS’s research of 5 June 2023 found parents were often left without the help they needed when this happened.',
          'In 2023 a new law strengthened the CMS’s enforcement powers, Gingerbread reported. Gingerbread also said it was concerned the changes would not go far enough. Powers only help children if they are used, quickly and consistently.',
        ),
        evidence: [
          entry('news-pre-covid-arrears'),
          entry('news-opfs-backs-legal-case'),
          entry('news-gingerbread-intervenes'),
          entry('research-opfs-value-for-money'),
        ],
        status: 'calling-for',
        order: 3,
      },
    },
    {
      id: 'ask-customer-service',
      contentType: 'policyAsk',
      fields: {
        title: 'Better customer service and case management',
        slug: 'better-customer-service-and-case-management',
        statement:
          'Parents should get accurate advice, correct calculations and a case that is properly managed from the first call to the last payment.',
        whyItMatters: paras(
          'Parents who contacted One Parent Families Scotland described problems with the advice they were given, with how maintenance was calculated and with customer service. OPFS set these out in its report of 5 June 2023.',
          'The strain shows. In Mumsnet’s survey of 1,357 parents (August 2020), 73% described their experience of the CMS as negative and 72% said using it had made their mental health and wellbeing worse.',
          'Good case management means a parent does not have to chase the service that is supposed to be chasing the money, and that problems are picked up before arrears build up.',
        ),
        evidence: [entry('research-opfs-value-for-money'), entry('research-mumsnet-survey-2020')],
        status: 'calling-for',
        order: 4,
      },
    },
    {
      id: 'ask-root-and-branch-review',
      contentType: 'policyAsk',
      fields: {
        title: 'A root-and-branch review of the CMS',
        slug: 'root-and-branch-review',
        statement:
          'The government should carry out a complete review of the Child Maintenance Service, so that it is fair to both parents and children get the support they are owed.',
        whyItMatters: paras(
          'The problems parents describe are not one-off mistakes. They run through advice, calculations, enforcement and customer service, and One Parent Families Scotland found they grew worse after the COVID-19 pandemic began.',
          'OPFS called for a root-and-branch review in its report of 5 June 2023, stressing that it is children who lose out when the system fails.',
          'The legal challenge, which the High Court listed for a full hearing on 3 to 5 October 2023, asks whether the CMS is doing what it should to collect maintenance. A review would look at the whole service, not only enforcement.',
        ),
        evidence: [
          entry('research-opfs-value-for-money'),
          entry('news-opfs-value-for-money-report'),
          entry('news-high-court-hearing-listed'),
        ],
        status: 'calling-for',
        order: 5,
      },
    },
    {
      id: 'ask-tougher-penalties',
      contentType: 'policyAsk',
      fields: {
        title: 'Tougher penalties for persistent non-payers',
        slug: 'tougher-penalties-for-persistent-non-payers',
        statement:
          'Parents who persistently avoid paying maintenance should face real consequences, such as losing their passport or driving licence, or having a lump sum taken from their bank account.',
        whyItMatters: paras(
          'In Mumsnet’s survey of 1,357 parents, run from 6 to 24 August 2020, 93% backed tougher consequences for parents who keep dodging payment: Mumsnet asked whether they “should face more serious penalties such as confiscation of passports and driving licences”, or have lump sums taken from their bank accounts.',
          'When the legal challenge was announced in June 2020, parents discussing it online suggested other ways to make non-payment harder: taking maintenance at source, as with student loans; charging interest and penalties on arrears; and never writing arrears off.',
          'The aim is simple. Not paying for your children should never be the easy option.',
        ),
        evidence: [
          entry('research-mumsnet-survey-2020'),
          entry('news-survey-results'),
          entry('news-what-parents-want'),
        ],
        status: 'calling-for',
        order: 6,
      },
    },
  ],
};
