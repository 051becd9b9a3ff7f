'use strict';
/**
 * Field definitions several content types share, for the migration scripts in ../migrations.
 * Each creates the field and its editor control together. The site's zod schemas
 * (lib/content/core/fields.ts) read the same limits, and tests/unit/model-drift.test.ts compares them.
 */

const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** What editors may use in a Rich Text body: sections, lists, quotes, links and images. */
const RICH_TEXT_VALIDATIONS = [
  {
    enabledNodeTypes: [
      'heading-2',
      'heading-3',
      'ordered-list',
      'unordered-list',
      'blockquote',
      'hr',
      'hyperlink',
      'embedded-asset-block',
    ],
  },
  { enabledMarks: ['bold', 'italic'] },
];

/** A required single-line `title` of at most `max` characters. */
function titleField(ct, { max, helpText }) {
  ct.createField('title').name('Title').type('Symbol').required(true).validations([{ size: { max } }]);
  ct.changeFieldControl('title', 'builtin', 'singleLine', { helpText });
}

/** A required, unique `slug` (the entry's web address), filled in from the title. */
function slugField(ct, { helpText }) {
  ct.createField('slug')
    .name('Slug')
    .type('Symbol')
    .required(true)
    .validations([{ unique: true }, { regexp: { pattern: SLUG_PATTERN } }, { size: { max: 80 } }]);
  ct.changeFieldControl('slug', 'builtin', 'slugEditor', { trackingFieldId: 'title', helpText });
}

/** A required Rich Text `body`. */
function bodyField(ct, { helpText }) {
  ct.createField('body').name('Body').type('RichText').required(true).validations(RICH_TEXT_VALIDATIONS);
  ct.changeFieldControl('body', 'builtin', 'richTextEditor', { helpText });
}

module.exports = { SLUG_PATTERN, RICH_TEXT_VALIDATIONS, titleField, slugField, bodyField };
