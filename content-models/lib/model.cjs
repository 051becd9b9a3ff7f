'use strict';
/**
 * A tiny recorder for the migration scripts in ../migrations (no dependencies).
 *
 * recordModel() runs every `*.cjs` script there, in file-name order, against a fake `migration`
 * object that implements the builder methods the scripts use, and returns what they describe in
 * Contentful's export shape: `{ contentTypes, editorInterfaces }`. Tests compare this with the
 * app's zod schemas, and the seed build writes it into seed/export.json.
 *
 * Rich Text note: Contentful's `enabledNodeTypes` validation lists only optional node types.
 * `document`, `paragraph`, `list-item` and `text` are always allowed and cannot be listed (the
 * API rejects them), so they appear in IMPLICIT_RICH_TEXT_NODE_TYPES instead.
 */
const fs = require('node:fs');
const path = require('node:path');

const MIGRATIONS_DIR = path.join(__dirname, '..', 'migrations');
const IMPLICIT_RICH_TEXT_NODE_TYPES = ['document', 'paragraph', 'list-item', 'text'];
const FIELD_PROPS = ['name', 'type', 'linkType', 'items', 'localized', 'required', 'validations', 'disabled', 'omitted'];

function fieldBuilder(field) {
  const api = {};
  for (const prop of FIELD_PROPS) {
    api[prop] = (value) => {
      field[prop] = prop === 'items' ? { ...value, validations: value.validations ?? [] } : value;
      return api;
    };
  }
  return api;
}

function contentTypeBuilder(state, migration) {
  const api = {
    name: (v) => ((state.name = v), api),
    description: (v) => ((state.description = v), api),
    displayField: (v) => ((state.displayField = v), api),
    createField(id, init = {}) {
      if (state.fields.some((f) => f.id === id)) throw new Error(`${state.id}.${id}: field created twice`);
      const field = { id, name: id, localized: false, required: false, validations: [], disabled: false, omitted: false };
      state.fields.push(field);
      const builder = fieldBuilder(field);
      for (const [k, v] of Object.entries(init)) builder[k](v);
      return builder;
    },
    editField(id) {
      const field = state.fields.find((f) => f.id === id);
      if (!field) throw new Error(`${state.id}.${id}: no such field`);
      return fieldBuilder(field);
    },
    changeFieldControl: (fieldId, ns, widgetId, settings) =>
      migration.changeFieldControl(state.id, fieldId, ns, widgetId, settings),
  };
  return api;
}

function createRecorder() {
  const types = new Map();
  const controls = new Map();
  const migration = {
    createContentType(id, init = {}) {
      if (types.has(id)) throw new Error(`content type ${id} created twice`);
      const state = { id, name: id, description: '', displayField: undefined, fields: [] };
      const builder = contentTypeBuilder(state, migration);
      types.set(id, { state, builder });
      controls.set(id, new Map());
      for (const [k, v] of Object.entries(init)) builder[k](v);
      return builder;
    },
    editContentType(id) {
      if (!types.has(id)) throw new Error(`no content type ${id}`);
      return types.get(id).builder;
    },
    changeFieldControl(contentTypeId, fieldId, widgetNamespace, widgetId, settings = {}) {
      if (!controls.has(contentTypeId)) throw new Error(`no content type ${contentTypeId}`);
      controls.get(contentTypeId).set(fieldId, { fieldId, widgetId, widgetNamespace, settings: { ...settings } });
    },
  };
  return { migration, types, controls };
}

function exportField(f) {
  const out = { id: f.id, name: f.name, type: f.type };
  if (f.linkType !== undefined) out.linkType = f.linkType;
  if (f.items !== undefined) out.items = f.items;
  Object.assign(out, {
    localized: f.localized,
    required: f.required,
    validations: f.validations,
    disabled: f.disabled,
    omitted: f.omitted,
  });
  return out;
}

function migrationFiles(dir = MIGRATIONS_DIR) {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cjs'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Runs all migration scripts and returns `{ contentTypes, editorInterfaces }` in export shape. */
function recordModel(dir = MIGRATIONS_DIR) {
  const { migration, types, controls } = createRecorder();
  for (const file of migrationFiles(dir)) {
    delete require.cache[require.resolve(file)];
    const script = require(file);
    const run = typeof script === 'function' ? script : script.up;
    run(migration, { makeRequest: () => Promise.reject(new Error('offline recorder')) });
  }

  const contentTypes = [];
  const editorInterfaces = [];
  for (const { state } of types.values()) {
    for (const f of state.fields) {
      if (!f.type) throw new Error(`${state.id}.${f.id}: no type`);
      if ((f.type === 'Link') !== (f.linkType !== undefined)) throw new Error(`${state.id}.${f.id}: linkType`);
      if ((f.type === 'Array') !== (f.items !== undefined)) throw new Error(`${state.id}.${f.id}: items`);
    }
    if (!state.fields.some((f) => f.id === state.displayField)) {
      throw new Error(`${state.id}: displayField ${state.displayField} is not a field`);
    }
    contentTypes.push({
      sys: { id: state.id, type: 'ContentType' },
      name: state.name,
      description: state.description,
      displayField: state.displayField,
      fields: state.fields.map(exportField),
    });
    const ctControls = controls.get(state.id);
    for (const fieldId of ctControls.keys()) {
      if (!state.fields.some((f) => f.id === fieldId)) throw new Error(`${state.id}: control for unknown ${fieldId}`);
    }
    editorInterfaces.push({
      sys: {
        id: 'default',
        type: 'EditorInterface',
        contentType: { sys: { id: state.id, type: 'Link', linkType: 'ContentType' } },
      },
      controls: state.fields.filter((f) => ctControls.has(f.id)).map((f) => ctControls.get(f.id)),
    });
  }
  return { contentTypes, editorInterfaces };
}

module.exports = { recordModel, migrationFiles, IMPLICIT_RICH_TEXT_NODE_TYPES, MIGRATIONS_DIR };
