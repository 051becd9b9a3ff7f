'use strict';
/** Headline figures. Each keeps its own source and date; never merge figures from different dates. */
const SURVEY = 'Mumsnet survey of 1,357 parents, 6 to 24 August 2020';

const stat = (id, order, value, label, source, date) => ({
  id,
  contentType: 'campaignStat',
  fields: { value, label, source, date, order },
});

module.exports = {
  entries: [
    stat(
      'stat-opfs-354m',
      1,
      '£354m',
      'owed by non-paying parents, with less than 10% of it recovered',
      'One Parent Families Scotland (OPFS)',
      '2020-07-01',
    ),
    stat('stat-gingerbread-547-9m', 2, '£547.9m', 'total child maintenance arrears', 'Gingerbread', '2023-08-15'),
    stat(
      'stat-gingerbread-100000-children',
      3,
      'Over 100,000',
      'children receiving no maintenance at all, even before COVID-19',
      'Gingerbread',
      '2020-06-24',
    ),
    stat(
      'stat-survey-86',
      4,
      '86%',
      'of parents surveyed said the CMS allowed their ex to financially control or abuse them after separation',
      SURVEY,
      '2020-08-24',
    ),
    stat('stat-survey-83', 5, '83%', 'of parents surveyed said they would likely never receive the arrears they are owed', SURVEY, '2020-08-24'),
    stat('stat-survey-72', 6, '72%', 'of parents surveyed said using the CMS made their mental health and wellbeing worse', SURVEY, '2020-08-24'),
    stat(
      'stat-survey-93',
      7,
      '93%',
      'of parents surveyed want more serious penalties for parents who regularly avoid paying',
      SURVEY,
      '2020-08-24',
    ),
    stat(
      'stat-hakovirta-60',
      8,
      'Around 60%',
      'of children of single parents in poverty and getting no maintenance would be lifted out of poverty if maintenance were actually paid',
      'Hakovirta et al. (2019), Journal of Social Policy, as cited by One Parent Families Scotland',
      '2023-06-05',
    ),
  ],
};
