'use strict';
/** Seed assets. Binaries are built by content-models/scripts/build-assets.mjs into public/seed-assets/. */
module.exports = {
  assets: [
    {
      id: 'asset-hero-court',
      fileName: 'hero-court.webp',
      contentType: 'image/webp',
      title: 'Hero: courts (abstract)',
      description: 'Abstract illustration: pale pillars under a triangular roof against a deep teal sky, with a warm yellow sun.',
    },
    {
      id: 'asset-hero-parliament',
      fileName: 'hero-parliament.webp',
      contentType: 'image/webp',
      title: 'Hero: Parliament (abstract)',
      description: 'Abstract illustration: a row of tall navy pointed arches with yellow windows above a golden river band.',
    },
    {
      id: 'asset-hero-survey',
      fileName: 'hero-survey.webp',
      contentType: 'image/webp',
      title: 'Hero: survey (abstract)',
      description: 'Abstract illustration: a grid of teal dots with a few in yellow, beside a row of rising navy bars.',
    },
    {
      id: 'asset-hero-family-budget',
      fileName: 'hero-family-budget.webp',
      contentType: 'image/webp',
      title: 'Hero: family budget (abstract)',
      description: 'Abstract illustration: stacks of pale coins next to a simple teal house on a warm yellow background.',
    },
    {
      id: 'asset-hero-coalition',
      fileName: 'hero-coalition.webp',
      contentType: 'image/webp',
      title: 'Hero: coalition (abstract)',
      description: 'Abstract illustration: four overlapping translucent circles in teal, yellow and cream on deep navy.',
    },
    {
      id: 'asset-inline-milestones',
      fileName: 'inline-milestones.webp',
      contentType: 'image/webp',
      title: 'Illustration: milestones (abstract)',
      description: 'Abstract illustration: a dotted path rising from left to right through round markers, ending in a yellow one.',
    },
    {
      id: 'asset-opfs-value-for-money-summary',
      fileName: 'opfs-value-for-money-summary.pdf',
      contentType: 'application/pdf',
      title: 'Summary: Does the UK Child Maintenance Service deliver value for money for children? (OPFS, 2023)',
      description:
        'A one-page summary, written for this site, of the research report published by One Parent Families Scotland on 5 June 2023.',
    },
  ],
};
