#!/usr/bin/env node
/**
 * Builds the offline seed space from the authoring files in content-models/seed/source/.
 *
 * Usage (from the repo root; no npm script or dependencies needed):
 *   node content-models/scripts/build-seed.mjs
 *
 * Writes:
 *   content-models/seed/export.json              Contentful space export (contentTypes,
 *                                                editorInterfaces, entries, assets, locales)
 *   content-models/seed/published-snapshots.json fields as last published, for entries changed
 *                                                since publishing
 *
 * Content types and editor interfaces come from the migration scripts (lib/model.cjs). Asset
 * sizes and image dimensions are read from the real files in public/seed-assets/ (build them
 * with content-models/scripts/build-assets.mjs). Output is deterministic: no clock, no randomness.
 * Run content-models/scripts/check-seed.mjs afterwards to validate the result.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const MODELS = join(HERE, '..');
const ROOT = join(MODELS, '..');
const SOURCE = join(MODELS, 'seed', 'source');
const ASSET_DIR = join(ROOT, 'public', 'seed-assets');

const SPACE = 'fixthecms-seed';
const LOCALE = 'en-GB';
/** Default date for entries that are not dated news (the day the seed space was set up). */
const SEED_DAY = '2025-01-06';

const { recordModel } = require(join(MODELS, 'lib', 'model.cjs'));

// ---------- Rich Text ----------

const textNode = (value, marks = []) => ({ nodeType: 'text', value, marks: marks.map((type) => ({ type })), data: {} });

/** Inline markup: [text](url), **bold**, _italic_. Returns text and hyperlink nodes. */
function inline(src) {
  const nodes = [];
  const re = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|(?<![\w])_([^_]+)_(?![\w])/g;
  let last = 0;
  for (const m of src.matchAll(re)) {
    if (m.index > last) nodes.push(textNode(src.slice(last, m.index)));
    if (m[1] !== undefined) {
      nodes.push({ nodeType: 'hyperlink', data: { uri: m[2] }, content: [textNode(m[1])] });
    } else if (m[3] !== undefined) nodes.push(textNode(m[3], ['bold']));
    else nodes.push(textNode(m[4], ['italic']));
    last = m.index + m[0].length;
  }
  if (last < src.length) nodes.push(textNode(src.slice(last)));
  // As Contentful's editor does: inline nodes are always surrounded by text nodes.
  if (nodes.length === 0 || nodes[0].nodeType !== 'text') nodes.unshift(textNode(''));
  if (nodes.at(-1).nodeType !== 'text') nodes.push(textNode(''));
  return nodes;
}

const block = (nodeType, content) => ({ nodeType, data: {}, content });
const paragraph = (src) => block('paragraph', inline(src));
const list = (nodeType, items) => block(nodeType, items.map((item) => block('list-item', [paragraph(item)])));

function richText(blocks) {
  const content = blocks.map(([kind, value]) => {
    switch (kind) {
      case 'h2':
        return block('heading-2', inline(value));
      case 'h3':
        return block('heading-3', inline(value));
      case 'p':
        return paragraph(value);
      case 'quote':
        return block('blockquote', [paragraph(value)]);
      case 'ul':
        return list('unordered-list', value);
      case 'ol':
        return list('ordered-list', value);
      case 'hr':
        return block('hr', []);
      case 'img':
        return { nodeType: 'embedded-asset-block', data: { target: link('Asset', value) }, content: [] };
      default:
        throw new Error(`unknown rich text block: ${kind}`);
    }
  });
  return { nodeType: 'document', data: {}, content };
}

// ---------- values, sys ----------

const link = (linkType, id) => ({ sys: { type: 'Link', linkType, id } });

function convert(value) {
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === 'object') {
    if ('$entry' in value) return link('Entry', value.$entry);
    if ('$asset' in value) return link('Asset', value.$asset);
    if ('$rich' in value) return richText(value.$rich);
    throw new Error(`unexpected object value: ${JSON.stringify(value)}`);
  }
  return value;
}

/** Fields in content-type order, each wrapped in the locale. Unknown fields are an error. */
function localise(fields, contentType, id) {
  const known = new Set(contentType.fields.map((f) => f.id));
  for (const key of Object.keys(fields)) if (!known.has(key)) throw new Error(`${id}: unknown field ${key}`);
  const out = {};
  for (const f of contentType.fields) {
    if (fields[f.id] !== undefined) out[f.id] = { [LOCALE]: convert(fields[f.id]) };
  }
  return out;
}

const at = (day, time) => `${day}T${time}.000Z`;

/**
 * sys for an entry or asset in one of three states (README, "Draft state in the seed"):
 * draft (never published), published (version = publishedVersion + 1), or changed since
 * publish (version = publishedVersion + 2: one unpublished edit on top of the published one).
 */
function sys(type, id, state, day, editedDay, extra = {}) {
  const base = {
    space: { sys: { type: 'Link', linkType: 'Space', id: SPACE } },
    environment: { sys: { id: 'master', type: 'Link', linkType: 'Environment' } },
    id,
    type,
    createdAt: at(day, '09:00:00'),
  };
  if (state === 'draft') return { ...base, updatedAt: at(editedDay ?? day, '09:30:00'), version: 2, ...extra };
  const published = {
    publishedVersion: 2,
    publishedAt: at(day, '10:00:00'),
    firstPublishedAt: at(day, '10:00:00'),
    publishedCounter: 1,
  };
  if (state === 'published') return { ...base, updatedAt: at(day, '10:00:00'), version: 3, ...published, ...extra };
  if (state === 'changed') {
    return { ...base, updatedAt: at(editedDay ?? day, '15:30:00'), version: 4, ...published, ...extra };
  }
  throw new Error(`${id}: unknown state ${state}`);
}

// ---------- assets ----------

/** Width and height of a WebP file (VP8, VP8L or VP8X), read from its header. */
function webpSize(buf) {
  if (buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WEBP') throw new Error('not a WebP');
  const chunk = buf.toString('ascii', 12, 16);
  if (chunk === 'VP8 ') return { width: buf.readUInt16LE(26) & 0x3fff, height: buf.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = buf.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: buf.readUIntLE(24, 3) + 1, height: buf.readUIntLE(27, 3) + 1 };
  throw new Error(`unknown WebP chunk ${chunk}`);
}

function buildAsset(a) {
  const path = join(ASSET_DIR, a.fileName);
  const size = statSync(path).size;
  const details = { size };
  if (a.contentType === 'image/webp') details.image = webpSize(readFileSync(path));
  return {
    metadata: { tags: [] },
    sys: { ...sys('Asset', a.id, 'published', a.day ?? SEED_DAY), version: 3, publishedVersion: 2 },
    fields: {
      title: { [LOCALE]: a.title },
      description: { [LOCALE]: a.description },
      file: {
        [LOCALE]: {
          url: `//images.ctfassets.net/${SPACE}/${a.id}/seed/${a.fileName}`,
          fileName: a.fileName,
          contentType: a.contentType,
          details,
        },
      },
    },
  };
}

// ---------- main ----------

const model = recordModel();
const typeById = new Map(model.contentTypes.map((ct) => [ct.sys.id, ct]));

const sources = readdirSync(SOURCE)
  .filter((name) => /\.c?js$/.test(name) && !name.startsWith('_'))
  .sort()
  .map((name) => require(join(SOURCE, name)));

const entries = [];
const assets = [];
const snapshots = {};
const seen = new Set();

for (const source of sources) {
  for (const a of source.assets ?? []) {
    if (seen.has(a.id)) throw new Error(`duplicate id ${a.id}`);
    seen.add(a.id);
    assets.push(buildAsset(a));
  }
  for (const e of source.entries ?? []) {
    if (seen.has(e.id)) throw new Error(`duplicate id ${e.id}`);
    seen.add(e.id);
    const ct = typeById.get(e.contentType);
    if (!ct) throw new Error(`${e.id}: unknown content type ${e.contentType}`);
    const state = e.state ?? 'published';
    entries.push({
      metadata: { tags: [] },
      sys: {
        ...sys('Entry', e.id, state, e.day ?? SEED_DAY, e.editedDay),
        contentType: { sys: { type: 'Link', linkType: 'ContentType', id: e.contentType } },
      },
      fields: localise(e.fields, ct, e.id),
    });
    if (state === 'changed') {
      if (!e.publishedFields) throw new Error(`${e.id}: changed entries need publishedFields`);
      snapshots[e.id] = { fields: localise({ ...e.fields, ...e.publishedFields }, ct, e.id) };
    } else if (e.publishedFields) throw new Error(`${e.id}: publishedFields only apply to changed entries`);
  }
}

const locales = [
  {
    name: 'English (United Kingdom)',
    code: LOCALE,
    fallbackCode: null,
    default: true,
    contentManagementApi: true,
    contentDeliveryApi: true,
    optional: false,
    sys: { id: 'en-GB-locale', type: 'Locale', version: 1 },
  },
];

const exportJson = { contentTypes: model.contentTypes, editorInterfaces: model.editorInterfaces, entries, assets, locales };
writeFileSync(join(MODELS, 'seed', 'export.json'), `${JSON.stringify(exportJson, null, 2)}\n`);
writeFileSync(join(MODELS, 'seed', 'published-snapshots.json'), `${JSON.stringify(snapshots, null, 2)}\n`);

const count = (state) => entries.filter((e) => state(e.sys)).length;
console.log(
  `seed: ${model.contentTypes.length} content types, ${entries.length} entries ` +
    `(${count((s) => s.publishedVersion && s.version === s.publishedVersion + 1)} published, ` +
    `${count((s) => !s.publishedVersion)} draft, ` +
    `${count((s) => s.publishedVersion && s.version > s.publishedVersion + 1)} changed), ${assets.length} assets`,
);
