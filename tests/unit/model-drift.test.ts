import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldSchemas } from '@/lib/content/registry';

/**
 * The content model (migrations, as recorded by content-models/lib/model.cjs) and the zod
 * schemas the site parses entries with must agree, or editors could publish entries the site
 * then silently drops. This compares, field by field: presence, required, size limits,
 * patterns, allowed values and link target types.
 */
const require = createRequire(import.meta.url);
const { recordModel, IMPLICIT_RICH_TEXT_NODE_TYPES } = require('../../content-models/lib/model.cjs') as {
  recordModel(): { contentTypes: ModelType[] };
  IMPLICIT_RICH_TEXT_NODE_TYPES: string[];
};

type Validation = {
  size?: { min?: number; max?: number };
  regexp?: { pattern: string };
  in?: string[];
  linkContentType?: string[];
  enabledNodeTypes?: string[];
};
type ModelField = { id: string; type: string; required: boolean; validations: Validation[]; items?: { type: string; validations: Validation[] } };
type ModelType = { sys: { id: string }; fields: ModelField[] };

interface Limits {
  max?: number;
  min?: number;
  pattern?: string;
  in?: string[];
  linkTypes?: string[];
  item?: Limits;
}

const normalise = (pattern: string) => new RegExp(pattern).source;
const TEXT_TYPES = new Set(['Symbol', 'Text']);

function modelLimits(type: string, validations: Validation[], items?: ModelField['items']): Limits {
  const out: Limits = {};
  for (const v of validations) {
    if (v.size?.max !== undefined) out.max = v.size.max;
    if (v.size?.min !== undefined) out.min = v.size.min;
    if (v.regexp && TEXT_TYPES.has(type)) out.pattern = normalise(v.regexp.pattern);
    if (v.in) out.in = [...v.in].sort();
    if (v.linkContentType) out.linkTypes = [...v.linkContentType].sort();
  }
  if (items) out.item = modelLimits(items.type, items.validations);
  return out;
}

type Def = { type: string; innerType?: ZodLike; element?: ZodLike; entries?: Record<string, string>; shape?: Record<string, ZodLike>; checks?: { _zod: { def: Check } }[] };
type Check = { check: string; maximum?: number; minimum?: number; pattern?: RegExp };
type ZodLike = { _zod: { def: Def } };

function unwrap(schema: ZodLike): { optional: boolean; inner: ZodLike } {
  const def = schema._zod.def;
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) return { optional: true, inner: unwrap(def.innerType).inner };
  return { optional: false, inner: schema };
}

const linkedTypeId = (def: Def) => def.shape?.sys?._zod.def.shape?.contentType?._zod.def.shape?.sys?._zod.def.shape?.id;

/** Reads the same limits off a zod schema (zod 4 keeps them in `_zod.def`). */
function zodLimits(schema: ZodLike, modelType: string): Limits {
  const def = unwrap(schema).inner._zod.def;
  const out: Limits = {};
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'max_length') out.max = c.maximum;
    if (c.check === 'min_length' && def.type === 'array') out.min = c.minimum;
    if (c.check === 'string_format' && c.pattern && TEXT_TYPES.has(modelType)) out.pattern = normalise(c.pattern.source);
  }
  if (def.type === 'enum' && def.entries) out.in = Object.values(def.entries).sort();
  if (def.type === 'array' && def.element) {
    const contentType = linkedTypeId(def.element._zod.def);
    out.item = contentType ? { linkTypes: zodLimits(contentType, 'Symbol').in } : zodLimits(def.element, 'Symbol');
  }
  // A single link to an entry (writeToMp.policyAsk): the schema of its sys.contentType.sys.id.
  const single = def.type === 'object' ? linkedTypeId(def) : undefined;
  if (single) out.linkTypes = zodLimits(single, 'Symbol').in;
  return out;
}

const model = recordModel().contentTypes;

describe('content model ↔ zod schemas', () => {
  it('covers the same content types', () => {
    expect(model.map((t) => t.sys.id).sort()).toEqual(Object.keys(fieldSchemas).sort());
  });

  for (const type of model) {
    describe(type.sys.id, () => {
      const schema = fieldSchemas[type.sys.id as keyof typeof fieldSchemas] as unknown as z.ZodObject;
      const shape = schema.shape as unknown as Record<string, ZodLike>;

      it('has the same fields', () => {
        expect(Object.keys(shape).sort()).toEqual(type.fields.map((f) => f.id).sort());
      });

      for (const field of type.fields) {
        it(`${field.id}: required and limits match`, () => {
          const zodField = shape[field.id]!;
          expect(unwrap(zodField).optional, 'optional in zod ⇔ not required in Contentful').toBe(!field.required);
          expect(zodLimits(zodField, field.type)).toEqual(modelLimits(field.type, field.validations, field.items));
        });
      }
    });
  }

  it('never lists the always-allowed Rich Text node types (Contentful rejects them)', () => {
    const richTextFields = model.flatMap((t) => t.fields.filter((f) => f.type === 'RichText'));
    expect(richTextFields.length).toBeGreaterThan(0);
    for (const field of richTextFields) {
      const enabled = field.validations.flatMap((v) => v.enabledNodeTypes ?? []);
      expect(enabled.length, field.id).toBeGreaterThan(0);
      expect(enabled.filter((n) => IMPLICIT_RICH_TEXT_NODE_TYPES.includes(n))).toEqual([]);
    }
  });

  it('catches a drifted limit (the comparison is not vacuous)', () => {
    const title = type('newsArticle').fields.find((f) => f.id === 'title')!;
    const drifted = modelLimits(title.type, [{ size: { max: 121 } }]);
    expect(zodLimits((fieldSchemas.newsArticle.shape as unknown as Record<string, ZodLike>).title!, 'Symbol')).not.toEqual(drifted);
  });
});

function type(id: string) {
  return model.find((t) => t.sys.id === id)!;
}
