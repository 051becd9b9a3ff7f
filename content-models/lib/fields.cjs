'use strict';
/**
 * Field helpers for the migration scripts in ../migrations, so that each migration states only
 * what is particular to its content type: a list of fields, one call each. A field and its
 * editor control are described together, so neither can be left out or given the wrong widget
 * for its type. `createFields` turns the list into the same `contentful-migration` calls a
 * hand-written migration makes (`createField(..).name().type().required().validations()`, then
 * `changeFieldControl`), so `npm run cms:migrate` and the offline recorder (model.cjs) both run
 * plain migrations.
 *
 * Every kind takes `(id, name, { ...rules, help, required })`: fields are required unless
 * `required: false`; `help` is the editor's help text; rules (`max`, `min`, `pattern`, `in`,
 * `unique`) become Contentful validations in the order they are written, as Contentful keeps them.
 * The site's zod schemas (lib/content/) mirror the limits, and tests/unit/model-drift.test.ts
 * compares the two.
 */

const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const HTTPS_PATTERN = '^https://';

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

/** Contentful validations from a field's rules, in the order written; `min` and `max` share one `size`. */
function validationsOf(rules) {
  const out = [];
  let size;
  for (const [rule, value] of Object.entries(rules)) {
    if (rule === 'min' || rule === 'max') {
      if (!size) out.push({ size: (size = {}) });
      size[rule] = value;
    } else if (rule === 'pattern') out.push({ regexp: { pattern: value } });
    else if (rule === 'in' || rule === 'unique') out.push({ [rule]: value });
    // A misspelt rule would otherwise be dropped silently and the field left unchecked.
    else throw new Error(`unknown field rule ${rule}`);
  }
  return out;
}

/** A field's description: what `createFields` turns into a `createField` chain and its editor control. */
function field(id, name, type, { help, required = true, validations = [], widget, settings, linkType, items }) {
  // Help text is how editors learn a field's rules; Contentful would accept a field without it.
  if (!help) throw new Error(`${id}: editors need help text`);
  return { id, name, type, required, validations, widget, settings, linkType, items, help };
}

/** One line of text. A fixed list of values (`in`) is a dropdown; other widgets by `widget`. */
function symbol(id, name, { help, required, widget, ...rules }) {
  return field(id, name, 'Symbol', { help, required, validations: validationsOf(rules), widget: widget ?? (rules.in ? 'dropdown' : 'singleLine') });
}

/** An https:// address, with the URL editor. */
function url(id, name, { help, required }) {
  return symbol(id, name, { pattern: HTTPS_PATTERN, widget: 'urlEditor', help, required });
}

/** Plain text over several lines. */
function text(id, name, { help, required, ...rules }) {
  return field(id, name, 'Text', { help, required, validations: validationsOf(rules), widget: 'multipleLine' });
}

/** A calendar date, picked without a time of day. */
function date(id, name, { help, required }) {
  return field(id, name, 'Date', { help, required, widget: 'datePicker', settings: { format: 'dateonly' } });
}

/** A whole number, optionally at least `min`. */
function integer(id, name, { help, min }) {
  const validations = min === undefined ? [] : [{ range: { min } }];
  return field(id, name, 'Integer', { help, validations, widget: 'numberEditor' });
}

/** A Rich Text document limited to RICH_TEXT_VALIDATIONS. */
function richText(id, name, { help }) {
  return field(id, name, 'RichText', { help, validations: RICH_TEXT_VALIDATIONS, widget: 'richTextEditor' });
}

/** A file from the media library of one MIME group (`image`, `pdfdocument`). */
function asset(id, name, { help, required, mimetype }) {
  const validations = [{ linkMimetypeGroup: [mimetype] }];
  return field(id, name, 'Link', { help, required, validations, linkType: 'Asset', widget: 'assetLinkEditor' });
}

/** A link to one entry of the content types in `to`. */
function entry(id, name, { help, required, to }) {
  return field(id, name, 'Link', { help, required, validations: [{ linkContentType: to }], linkType: 'Entry', widget: 'entryLinkEditor' });
}

/** Links to entries of the content types in `to`, in the editor's order; `min`/`max` count them. */
function entries(id, name, { help, required, to, ...rules }) {
  const items = { type: 'Link', linkType: 'Entry', validations: [{ linkContentType: to }] };
  return field(id, name, 'Array', { help, required, validations: validationsOf(rules), items, widget: 'entryLinksEditor' });
}

/** A list of short texts, each checked by `item`'s rules; `min`/`max` count them. */
function symbols(id, name, { help, required, item, widget = 'tagEditor', ...rules }) {
  const items = { type: 'Symbol', validations: validationsOf(item) };
  return field(id, name, 'Array', { help, required, validations: validationsOf(rules), items, widget });
}

// Fields several content types share.

/** A required single-line `title` of at most `max` characters. */
function titleField({ max, help }) {
  return symbol('title', 'Title', { max, help });
}

/** A required, unique `slug` (the entry's web address), filled in from the title. */
function slugField({ help }) {
  const validations = validationsOf({ unique: true, pattern: SLUG_PATTERN, max: 80 });
  return field('slug', 'Slug', 'Symbol', { help, validations, widget: 'slugEditor', settings: { trackingFieldId: 'title' } });
}

/** A required Rich Text `body`. */
function bodyField({ help }) {
  return richText('body', 'Body', { help });
}

/** A list's position: editors number entries, and lists sort by it. */
function orderField({ help }) {
  return integer('order', 'Order', { help });
}

/**
 * Adds `fields` to the content type `ct`, in order, then their editor controls. Controls come
 * after every field because contentful-migration saves and publishes a content type once per
 * unbroken run of field changes: a control between two fields would publish the type once per
 * field, the first time before its display field exists (which contentful-migration refuses).
 */
function createFields(ct, fields) {
  for (const f of fields) {
    const created = ct.createField(f.id).name(f.name).type(f.type);
    if (f.linkType) created.linkType(f.linkType);
    created.required(f.required).validations(f.validations);
    if (f.items) created.items(f.items);
  }
  for (const f of fields) ct.changeFieldControl(f.id, 'builtin', f.widget, { ...f.settings, helpText: f.help });
  return ct;
}

/** Creates a content type (`{ name, description, displayField }`) with its fields. */
function createContentType(migration, id, { name, description, displayField }, fields) {
  return createFields(migration.createContentType(id, { name, description, displayField }), fields);
}

module.exports = {
  SLUG_PATTERN,
  createContentType,
  createFields,
  symbol,
  url,
  text,
  date,
  integer,
  richText,
  asset,
  entry,
  entries,
  symbols,
  titleField,
  slugField,
  bodyField,
  orderField,
};
