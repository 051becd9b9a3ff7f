import type { z } from 'zod';
import type { RawEntry } from './entries';

/**
 * What the rest of the site needs to know about a content type. Each type module declares one
 * (`newsType` in news.ts …) and registry.ts gathers them for the webhook, previews and paths.
 */
export interface ContentTypeInfo<Id extends string = string> {
  /** The Contentful content type id (content-models/migrations). */
  id: Id;
  /** The cache tag on every read of this type. */
  tag: string;
  /** The zod schema entries are parsed with; tests/unit/model-drift.test.ts compares it with the migration. */
  fields: z.ZodObject;
  /** The mapper every read uses (null for an entry that fails the schema); Live Preview maps editors' entries with it too. */
  map: (entry: RawEntry) => object | null;
  /** For types without pages: the page an editor previews an entry on. */
  shownOn?: string;
  /** Other types whose pages show entries of this one, so a change here expires their tags too. */
  affects?: readonly string[];
  /** Whether its pages show images or files, so an asset change expires its tag. */
  showsAssets?: boolean;
}
