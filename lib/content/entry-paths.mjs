// Where each content type with pages of its own lives. Plain JavaScript, so lib/content/paths.ts
// (the site) and content-models/scripts/check-seed.mjs (a Node script checking the seed's links)
// read the same table.

export const ENTRY_PATH_PREFIX = Object.freeze({
  newsArticle: '/news/',
  researchSummary: '/research/',
  policyAsk: '/asks/',
  page: '/',
  // Campaign actions share /act: slugs are unique across the action types.
  openLetter: '/act/',
  writeToMp: '/act/',
});
