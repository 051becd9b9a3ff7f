#!/usr/bin/env node
/**
 * Validates content-models/seed/export.json (and published-snapshots.json) against the model.
 *
 * Usage (from the repo root):
 *   node content-models/scripts/check-seed.mjs
 *
 * Checks: the export's content types match the migrations; every field has an editor control
 * with help text; required fields, types, sizes, regexps, `in` lists and uniqueness; link targets
 * exist and have the right content type or MIME group; Rich Text node types and marks; internal
 * hyperlinks and timeline links point to published entries (or known app routes); nothing links
 * to a draft; draft/published/changed `sys` states and snapshots; asset files, sizes and
 * dimensions; no entry repeating a sentence across its summary and body. Exits with status 1 and a list of problems if anything fails.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { ENTRY_PATH_PREFIX } from '../../lib/content/entry-paths.mjs';

const require = createRequire(import.meta.url);
const MODELS = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(MODELS, '..');
const { recordModel, IMPLICIT_RICH_TEXT_NODE_TYPES } = require(join(MODELS, 'lib', 'model.cjs'));
const { repeatedSentences } = require(join(MODELS, 'lib', 'repetition.cjs'));

/** App routes that are not backed by an entry but may be linked from content. */
const APP_ROUTES = new Set(['/', '/donate', '/news', '/research', '/asks', '/timeline']);
const LOCALE = 'en-GB';
const MAX_IMAGE_BYTES = 60 * 1024;

const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

const exp = JSON.parse(readFileSync(join(MODELS, 'seed', 'export.json'), 'utf8'));
const snapshots = JSON.parse(readFileSync(join(MODELS, 'seed', 'published-snapshots.json'), 'utf8'));

// ---------- model ----------

const model = recordModel();
if (!isDeepStrictEqual(exp.contentTypes, model.contentTypes)) fail('contentTypes', 'differ from the migrations (rebuild)');
if (!isDeepStrictEqual(exp.editorInterfaces, model.editorInterfaces)) fail('editorInterfaces', 'differ from the migrations');
const types = new Map(model.contentTypes.map((ct) => [ct.sys.id, ct]));

for (const ei of model.editorInterfaces) {
  const ct = types.get(ei.sys.contentType.sys.id);
  for (const f of ct.fields) {
    const where = `${ct.sys.id}.${f.id} control`;
    const c = ei.controls.find((x) => x.fieldId === f.id);
    if (!c) {
      fail(where, 'missing');
      continue;
    }
    if (!c.settings?.helpText) fail(where, 'no helpText');
    if (f.id === 'slug' && (c.widgetId !== 'slugEditor' || c.settings.trackingFieldId !== 'title')) fail(where, 'slugEditor/title');
    if (f.type === 'Date' && (c.widgetId !== 'datePicker' || c.settings.format !== 'dateonly')) fail(where, 'datePicker/dateonly');
    if (f.validations.some((v) => v.in) && c.widgetId !== 'dropdown') fail(where, 'enum needs dropdown');
  }
}

if (exp.locales?.length !== 1 || exp.locales[0].code !== LOCALE || !exp.locales[0].default) fail('locales', 'need en-GB only');

// ---------- index ----------

const entries = new Map();
for (const e of exp.entries) {
  if (entries.has(e.sys.id)) fail(e.sys.id, 'duplicate entry id');
  entries.set(e.sys.id, e);
}
const assets = new Map(exp.assets.map((a) => [a.sys.id, a]));
const state = (s) =>
  s.publishedVersion === undefined ? 'draft' : s.version === s.publishedVersion + 1 ? 'published' : s.version > s.publishedVersion + 1 ? 'changed' : 'invalid';
const typeOf = (e) => e.sys.contentType.sys.id;
const val = (e, id) => e.fields[id]?.[LOCALE];

/** Every site path that resolves to a published (or changed) entry. */
const routes = new Map();
for (const e of exp.entries) {
  const prefix = ENTRY_PATH_PREFIX[typeOf(e)];
  if (prefix && val(e, 'slug')) routes.set(prefix + val(e, 'slug'), e);
}
const checkPath = (where, href) => {
  if (!href.startsWith('/')) return;
  const path = href.split(/[?#]/)[0];
  if (APP_ROUTES.has(path)) return;
  const target = routes.get(path);
  if (!target) fail(where, `internal link ${href} matches no entry`);
  else if (state(target.sys) === 'draft') fail(where, `links to draft ${target.sys.id}`);
};

// ---------- sys ----------

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
for (const e of [...exp.entries, ...exp.assets]) {
  const s = e.sys;
  const where = s.id;
  if (s.space?.sys?.id !== 'fixthecms-seed' || s.environment?.sys?.id !== 'master') fail(where, 'space/environment');
  if (!isDeepStrictEqual(e.metadata, { tags: [] })) fail(where, 'metadata');
  for (const k of ['createdAt', 'updatedAt']) if (!DATE_TIME.test(s[k] ?? '')) fail(where, `bad ${k}`);
  const st = state(s);
  if (st === 'invalid') fail(where, 'version/publishedVersion inconsistent');
  if (st === 'draft') {
    for (const k of ['publishedAt', 'firstPublishedAt', 'publishedCounter']) if (k in s) fail(where, `draft has ${k}`);
  } else {
    for (const k of ['publishedAt', 'firstPublishedAt']) if (!DATE_TIME.test(s[k] ?? '')) fail(where, `bad ${k}`);
    if (!(s.publishedCounter >= 1)) fail(where, 'publishedCounter');
  }
  if (s.type === 'Asset' && st !== 'published') fail(where, 'assets must be published');
  if (st === 'changed' && !snapshots[s.id]) fail(where, 'changed entry has no published snapshot');
  if (st !== 'changed' && snapshots[s.id]) fail(where, 'snapshot for an entry that is not changed');
}
for (const id of Object.keys(snapshots)) if (!entries.has(id)) fail(id, 'snapshot for unknown entry');

const settings = exp.entries.filter((e) => typeOf(e) === 'siteSettings');
if (settings.length !== 1 || settings[0].sys.id !== 'siteSettings') fail('siteSettings', 'need exactly one, id siteSettings');

// ---------- field values ----------

function checkRichText(where, doc, validations) {
  const allowedNodes = new Set([...IMPLICIT_RICH_TEXT_NODE_TYPES, ...(validations.find((v) => v.enabledNodeTypes)?.enabledNodeTypes ?? [])]);
  const allowedMarks = new Set(validations.find((v) => v.enabledMarks)?.enabledMarks ?? []);
  if (doc?.nodeType !== 'document' || !Array.isArray(doc.content) || doc.content.length === 0) return fail(where, 'not a document');
  const walk = (node) => {
    if (!allowedNodes.has(node.nodeType)) fail(where, `node type ${node.nodeType} not allowed`);
    if (typeof node.data !== 'object' || node.data === null) fail(where, `${node.nodeType} without data`);
    if (node.nodeType === 'text') {
      if (typeof node.value !== 'string' || !Array.isArray(node.marks)) fail(where, 'bad text node');
      for (const m of node.marks ?? []) if (!allowedMarks.has(m.type)) fail(where, `mark ${m.type} not allowed`);
      return;
    }
    if (!Array.isArray(node.content)) fail(where, `${node.nodeType} without content`);
    if (node.nodeType === 'hyperlink') {
      const uri = node.data.uri;
      if (!/^(\/|https:\/\/|mailto:)/.test(uri ?? '')) fail(where, `hyperlink uri ${uri}`);
      else checkPath(where, uri);
    }
    if (node.nodeType === 'embedded-asset-block') {
      const a = assets.get(node.data.target?.sys?.id);
      if (node.data.target?.sys?.linkType !== 'Asset' || !a) fail(where, 'embedded asset missing');
      else if (!a.fields.file[LOCALE].contentType.startsWith('image/')) fail(where, 'embedded asset is not an image');
    }
    for (const child of node.content ?? []) walk(child);
  };
  doc.content.forEach(walk);
  try {
    const { validateRichTextDocument } = require('@contentful/rich-text-types');
    for (const err of validateRichTextDocument(doc)) fail(where, `rich text: ${err.path?.join('.')} ${err.details}`);
  } catch (err) {
    if (err.code !== 'MODULE_NOT_FOUND') throw err;
  }
}

function checkLink(where, value, linkType, validations) {
  if (value?.sys?.type !== 'Link' || value.sys.linkType !== linkType) return fail(where, `not a ${linkType} link`);
  const id = value.sys.id;
  if (linkType === 'Asset') {
    const a = assets.get(id);
    if (!a) return fail(where, `asset ${id} missing`);
    const ctype = a.fields.file[LOCALE].contentType;
    for (const v of validations) {
      if (v.linkMimetypeGroup?.includes('image') && !ctype.startsWith('image/')) fail(where, `${id} is not an image`);
      if (v.linkMimetypeGroup?.includes('pdfdocument') && ctype !== 'application/pdf') fail(where, `${id} is not a PDF`);
    }
    return;
  }
  const target = entries.get(id);
  if (!target) return fail(where, `entry ${id} missing`);
  if (state(target.sys) === 'draft') fail(where, `links to draft ${id}`);
  for (const v of validations) {
    if (v.linkContentType && !v.linkContentType.includes(typeOf(target))) fail(where, `${id} is a ${typeOf(target)}`);
  }
}

function checkScalar(where, field, value, validations) {
  const isString = field.type === 'Symbol' || field.type === 'Text';
  if (isString && typeof value !== 'string') return fail(where, 'not a string');
  if (isString && value.trim() === '') fail(where, 'empty');
  if (field.type === 'Integer' && !Number.isInteger(value)) return fail(where, 'not an integer');
  if (field.type === 'Date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) fail(where, `bad date ${value}`);
  }
  for (const v of validations) {
    if (v.size?.max !== undefined && value.length > v.size.max) fail(where, `${value.length} chars > ${v.size.max}`);
    if (v.size?.min !== undefined && value.length < v.size.min) fail(where, `shorter than ${v.size.min}`);
    if (v.regexp && !new RegExp(v.regexp.pattern, v.regexp.flags).test(value)) fail(where, `fails ${v.regexp.pattern}`);
    if (v.in && !v.in.includes(value)) fail(where, `${value} not in ${v.in.join(', ')}`);
  }
}

function checkFields(id, ct, fields) {
  for (const key of Object.keys(fields)) if (!ct.fields.some((f) => f.id === key)) fail(id, `unknown field ${key}`);
  for (const f of ct.fields) {
    const where = `${id}.${f.id}`;
    const localised = fields[f.id];
    if (localised !== undefined && Object.keys(localised).join() !== LOCALE) fail(where, 'must hold en-GB only');
    const value = localised?.[LOCALE];
    const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (f.required) fail(where, 'required');
      continue;
    }
    if (f.type === 'RichText') checkRichText(where, value, f.validations);
    else if (f.type === 'Link') checkLink(where, value, f.linkType, f.validations);
    else if (f.type === 'Array') {
      if (!Array.isArray(value)) {
        fail(where, 'not an array');
        continue;
      }
      for (const v of f.validations) if (v.size?.min !== undefined && value.length < v.size.min) fail(where, `fewer than ${v.size.min}`);
      value.forEach((item, i) => {
        if (f.items.type === 'Link') checkLink(`${where}[${i}]`, item, f.items.linkType, f.items.validations);
        else checkScalar(`${where}[${i}]`, f.items, item, f.items.validations);
      });
    } else checkScalar(where, f, value, f.validations);
    if (f.id === 'link' && typeof value === 'string') checkPath(where, value);
  }
  const prose = ct.fields.filter((f) => f.type === 'Text' || f.type === 'RichText').map((f) => fields[f.id]?.[LOCALE]);
  for (const s of repeatedSentences(prose.filter(Boolean))) fail(id, `repeats itself: "${s}"`);
}

for (const e of exp.entries) {
  const ct = types.get(typeOf(e));
  if (!ct) {
    fail(e.sys.id, `unknown content type ${typeOf(e)}`);
    continue;
  }
  checkFields(e.sys.id, ct, e.fields);
  if (snapshots[e.sys.id]) {
    checkFields(`${e.sys.id} (published snapshot)`, ct, snapshots[e.sys.id].fields);
    if (isDeepStrictEqual(snapshots[e.sys.id].fields, e.fields)) fail(e.sys.id, 'snapshot equals the latest fields');
  }
}

// unique fields, per content type (latest and published values)
for (const ct of model.contentTypes) {
  for (const f of ct.fields.filter((x) => x.validations.some((v) => v.unique))) {
    const seen = new Map();
    for (const e of exp.entries.filter((x) => typeOf(x) === ct.sys.id)) {
      const v = val(e, f.id);
      if (seen.has(v)) fail(`${ct.sys.id}.${f.id}`, `"${v}" used by ${seen.get(v)} and ${e.sys.id}`);
      seen.set(v, e.sys.id);
    }
  }
}

// ---------- assets ----------

for (const a of exp.assets) {
  const where = a.sys.id;
  const file = a.fields.file?.[LOCALE];
  if (!a.fields.title?.[LOCALE] || !a.fields.description?.[LOCALE]) fail(where, 'title and description required');
  if (!file) {
    fail(where, 'no file');
    continue;
  }
  if (file.url !== `//images.ctfassets.net/fixthecms-seed/${a.sys.id}/seed/${file.fileName}`) fail(where, `url ${file.url}`);
  const path = join(ROOT, 'public', 'seed-assets', file.fileName);
  if (!existsSync(path)) {
    fail(where, `${path} missing`);
    continue;
  }
  const size = statSync(path).size;
  if (file.details.size !== size) fail(where, `size ${file.details.size} != ${size}`);
  const head = readFileSync(path).subarray(0, 8).toString('latin1');
  if (file.contentType === 'image/webp') {
    if (!head.startsWith('RIFF')) fail(where, 'not a WebP');
    if (size > MAX_IMAGE_BYTES) fail(where, `${size} bytes > 60 KB`);
    if (!(file.details.image?.width > 0 && file.details.image?.height > 0)) fail(where, 'image dimensions');
  } else if (file.contentType === 'application/pdf') {
    if (!head.startsWith('%PDF-')) fail(where, 'not a PDF');
    if (file.details.image) fail(where, 'PDF with image details');
  } else fail(where, `unexpected content type ${file.contentType}`);
}

// ---------- report ----------

const byState = (s) => exp.entries.filter((e) => state(e.sys) === s).map((e) => e.sys.id);
const counts = {};
for (const e of exp.entries) counts[typeOf(e)] = (counts[typeOf(e)] ?? 0) + 1;
console.log(`entries by type: ${JSON.stringify(counts)}; assets: ${exp.assets.length}`);
console.log(`draft: ${byState('draft').join(', ') || '-'}; changed: ${byState('changed').join(', ') || '-'}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('seed OK');
