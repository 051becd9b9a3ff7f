import { z } from 'zod';

/**
 * zod schemas for entries as the Contentful SDK returns them (single locale, links resolved,
 * unresolvable links removed). Limits mirror content-models/migrations: a test keeps them in step.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}/;

const slug = z.string().max(80).regex(SLUG_PATTERN);
const date = z.string().regex(DATE_PATTERN);
const text = (max: number) => z.string().trim().min(1).max(max);

export const sysSchema = z.object({
  id: z.string().min(1),
  updatedAt: z.string().optional(),
  createdAt: z.string().optional(),
});

export const assetSchema = z.object({
  sys: sysSchema,
  fields: z.object({
    title: z.string().optional(),
    description: z.string().optional(),
    file: z.object({
      url: z.string().min(1),
      fileName: z.string().min(1),
      contentType: z.string().min(1),
      details: z.object({
        size: z.number().int().nonnegative(),
        image: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }).optional(),
      }),
    }),
  }),
});

/** Which content types each link field may point at (the migrations' linkContentType). */
export const LINK_CONTENT_TYPES = {
  relatedAsks: ['policyAsk'],
  evidence: ['researchSummary', 'newsArticle'],
} as const;

const linkedEntryOf = <T extends readonly [string, ...string[]]>(types: T) =>
  z.object({
    sys: sysSchema.extend({ contentType: z.object({ sys: z.object({ id: z.enum(types) }) }) }),
    fields: z.object({ title: z.string(), slug: z.string() }).loose(),
  });
const relatedAskLink = linkedEntryOf(LINK_CONTENT_TYPES.relatedAsks);
const evidenceLink = linkedEntryOf(LINK_CONTENT_TYPES.evidence);

type RawRichNode = {
  nodeType: string;
  value?: string | undefined;
  marks?: { type: string }[] | undefined;
  data: Record<string, unknown>;
  content?: RawRichNode[] | undefined;
};

const richNode: z.ZodType<RawRichNode> = z.lazy(() =>
  z.object({
    nodeType: z.string(),
    value: z.string().optional(),
    marks: z.array(z.object({ type: z.string() })).optional(),
    data: z.record(z.string(), z.unknown()),
    content: z.array(richNode).optional(),
  }),
);

export const richTextSchema = z.object({
  nodeType: z.literal('document'),
  data: z.record(z.string(), z.unknown()),
  content: z.array(richNode),
});

export const newsArticleFields = z.object({
  title: text(120),
  slug,
  summary: text(280),
  body: richTextSchema,
  publishDate: date,
  organisation: text(80),
  tags: z.array(z.string().max(40).regex(SLUG_PATTERN)).default([]),
  heroImage: assetSchema,
  heroImageAlt: text(200),
  relatedAsks: z.array(relatedAskLink).default([]),
  sources: z.array(text(300)).min(1),
});

export const researchSummaryFields = z.object({
  title: text(160),
  slug,
  publisher: text(80),
  publishedDate: date,
  summary: text(600),
  keyFindings: z.array(text(300)).min(1),
  methodology: text(2000),
  reportAsset: assetSchema.optional(),
  reportUrl: z.string().regex(/^https:\/\//).optional(),
  citation: text(500),
});

export const ASK_STATUSES = ['calling-for', 'in-progress', 'won'] as const;

export const policyAskFields = z.object({
  title: text(120),
  slug,
  statement: text(300),
  whyItMatters: text(3000),
  evidence: z.array(evidenceLink).default([]),
  status: z.enum(ASK_STATUSES),
  order: z.number().int(),
});

export const campaignStatFields = z.object({
  value: text(20),
  label: text(160),
  source: text(160),
  date,
  order: z.number().int(),
});

export const TIMELINE_CATEGORIES = ['legal', 'parliament', 'campaign'] as const;

export const timelineEventFields = z.object({
  date,
  title: text(120),
  description: text(600),
  link: z
    .string()
    .max(300)
    .regex(/^(\/|https:\/\/)/)
    .optional(),
  category: z.enum(TIMELINE_CATEGORIES),
});

export const pageFields = z.object({
  title: text(120),
  slug,
  body: richTextSchema,
  seoDescription: text(160),
});

export const siteSettingsFields = z.object({
  campaignName: text(60),
  strapline: text(200),
  exitDestinationUrl: z.string().regex(/^https:\/\//),
  footerText: text(600),
  donateIntro: text(400),
});

/** One schema per content type, keyed by Contentful content type id. */
export const fieldSchemas = {
  newsArticle: newsArticleFields,
  researchSummary: researchSummaryFields,
  policyAsk: policyAskFields,
  campaignStat: campaignStatFields,
  timelineEvent: timelineEventFields,
  page: pageFields,
  siteSettings: siteSettingsFields,
} as const;

export type Asset = z.infer<typeof assetSchema>;
export type LinkedEntry = z.infer<typeof relatedAskLink> | z.infer<typeof evidenceLink>;
export type RawRichText = z.infer<typeof richTextSchema>;
