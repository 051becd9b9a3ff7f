import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * The seed and the drift test read the model through our own recorder (content-models/lib/model.cjs),
 * which accepts anything the builder methods allow. `npm run cms:migrate` runs the same scripts
 * through contentful-migration, which also checks each save it plans: a content type saved before
 * its display field exists, say, is refused there and only there. So this runs every migration,
 * in order, through contentful-migration's own parser against an empty in-memory space, and
 * checks that it plans no refused step and leaves the space with exactly the recorded model.
 * The parser is not part of the package's public API (only runMigration is, and it needs a real
 * space): if an upgrade moves it, this test fails on the require and needs the new path.
 */
const require = createRequire(import.meta.url);
type Request = { method: string; url: string; data?: Record<string, unknown> };
type Batch = { requests: Request[]; validationErrors: unknown[]; runtimeErrors: unknown[] };
type ParseResult = { stepsValidationErrors: unknown[]; payloadValidationErrors: unknown[]; batches: Batch[] };
interface FieldBuilder {
  type(type: string): FieldBuilder;
}
interface Migration {
  createContentType(id: string, init: object): { createField(id: string): FieldBuilder; changeFieldControl(id: string, ns: string, widget: string, settings: object): void };
}
type MigrationFn = (migration: Migration) => void;
const { createMigrationParser } = require('contentful-migration/built/lib/migration-parser.js') as {
  createMigrationParser(makeRequest: (r: Request) => Promise<unknown>, config: object): (fn: MigrationFn) => Promise<ParseResult>;
};
const { recordModel, migrationFiles } = require('../../content-models/lib/model.cjs') as {
  recordModel(): { contentTypes: ModelType[]; editorInterfaces: ModelInterface[] };
  migrationFiles(): string[];
};

type ModelField = Record<string, unknown> & { id: string };
type ModelType = { sys: { id: string }; name: string; description: string; displayField: string; fields: ModelField[] };
type ModelInterface = { sys: { contentType: { sys: { id: string } } }; controls: Record<string, unknown>[] };
type StoredType = { sys: { id: string; version: number }; name?: string; description?: string; displayField?: string; fields: ModelField[] };

/** An empty space as the Content Management API answers the parser, changed by the requests it plans. */
function fakeSpace() {
  const types = new Map<string, StoredType>();
  const controls = new Map<string, { sys: { version: number }; controls: Record<string, unknown>[] }>();
  const list = (items: unknown[]) => ({ items, total: items.length });

  async function makeRequest({ method, url }: Request): Promise<unknown> {
    if (method !== 'GET') throw new Error(`unexpected ${method} ${url} while parsing`);
    const ei = url.match(/^\/content_types\/([^/?]+)\/editor_interface$/);
    if (ei) {
      const found = controls.get(ei[1]!);
      if (found) return found;
      throw Object.assign(new Error('not found'), { name: 'NotFound' });
    }
    if (url.startsWith('/content_types?')) {
      const ids = decodeURIComponent(url).match(/sys\.id\[in\]=([^&]*)/)?.[1]?.split(',') ?? [];
      return list(ids.flatMap((id) => types.get(id) ?? []));
    }
    if (url.startsWith('/locales')) return list([{ code: 'en-GB', default: true }]);
    if (url.startsWith('/entries') || url.startsWith('/tags')) return list([]);
    throw new Error(`unexpected GET ${url}`);
  }

  function apply({ method, url, data }: Request) {
    const match = url.match(/^\/content_types\/([^/]+)(\/editor_interface|\/published)?$/);
    if (method !== 'PUT' || !match) throw new Error(`unexpected ${method} ${url}`);
    const [, id, what] = match as [string, string, string | undefined];
    if (what === '/published') return;
    if (what === '/editor_interface') {
      controls.set(id, { sys: { version: (controls.get(id)?.sys.version ?? 0) + 1 }, controls: data!.controls as Record<string, unknown>[] });
      return;
    }
    types.set(id, { ...(data as Omit<StoredType, 'sys'>), sys: { id, version: (types.get(id)?.sys.version ?? 0) + 1 } });
  }

  return { types, controls, makeRequest, apply };
}

/** The errors contentful-migration reports for a migration; applies what it would send. */
async function migrate(space: ReturnType<typeof fakeSpace>, fn: MigrationFn) {
  const result = await createMigrationParser(space.makeRequest, { requestBatchSize: 100 })(fn);
  const errors = [...result.stepsValidationErrors, ...result.payloadValidationErrors];
  for (const batch of result.batches) {
    errors.push(...batch.validationErrors, ...batch.runtimeErrors);
    if (errors.length === 0) batch.requests.forEach(space.apply);
  }
  return errors;
}

/** A field as Contentful stores it: the properties a migration leaves out take their defaults. */
const withDefaults = (f: ModelField) => ({ localized: false, required: false, validations: [], disabled: false, omitted: false, ...f });

describe('migrations through contentful-migration', () => {
  it('plan no refused step and leave an empty space with the recorded model', async () => {
    const space = fakeSpace();
    for (const file of migrationFiles()) {
      expect(await migrate(space, require(file) as MigrationFn), file).toEqual([]);
    }

    const model = recordModel();
    expect([...space.types.keys()].sort()).toEqual(model.contentTypes.map((t) => t.sys.id).sort());
    for (const type of model.contentTypes) {
      const stored = space.types.get(type.sys.id)!;
      expect({ name: stored.name, description: stored.description, displayField: stored.displayField }, type.sys.id).toEqual({
        name: type.name,
        description: type.description,
        displayField: type.displayField,
      });
      expect(stored.fields.map(withDefaults), type.sys.id).toEqual(type.fields);
    }
    for (const ei of model.editorInterfaces) {
      const id = ei.sys.contentType.sys.id;
      expect(space.controls.get(id)?.controls, id).toEqual(ei.controls);
    }
  });

  it('catches a step Contentful refuses (the check is not vacuous)', async () => {
    // The display field is created after a control, so the first save lacks it.
    const errors = await migrate(fakeSpace(), (migration) => {
      const ct = migration.createContentType('probe', { name: 'Probe', displayField: 'title' });
      ct.createField('day').type('Date');
      ct.changeFieldControl('day', 'builtin', 'datePicker', { helpText: 'A day.' });
      ct.createField('title').type('Symbol');
    });
    expect(JSON.stringify(errors)).toMatch(/displayField/);
  });
});
