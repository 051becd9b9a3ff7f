/**
 * The site's own content types. Everything the UI renders comes in one of these shapes;
 * no Contentful type crosses this boundary. All values are JSON-safe (dates as ISO strings)
 * because they pass through the data cache.
 */

export type ContentType =
  | 'newsArticle'
  | 'researchSummary'
  | 'policyAsk'
  | 'campaignStat'
  | 'timelineEvent'
  | 'page'
  | 'siteSettings';

export interface Image {
  url: string;
  width: number;
  height: number;
  alt: string;
  contentType: string;
}

export interface FileDownload {
  url: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** A Rich Text tree whose embedded assets are already resolved to our `Image`. */
export interface RichTextNode {
  nodeType: string;
  value?: string;
  marks?: { type: string }[];
  data: { uri?: string; image?: Image };
  content?: RichTextNode[];
}

export interface RichTextDocument {
  nodeType: 'document';
  data: Record<string, never>;
  content: RichTextNode[];
}

export interface Link {
  title: string;
  slug: string;
  href: string;
}

export interface NewsArticle {
  id: string;
  title: string;
  slug: string;
  summary: string;
  body: RichTextDocument;
  publishDate: string;
  organisation: string;
  tags: string[];
  heroImage: Image;
  relatedAsks: Link[];
  sources: string[];
  updatedAt: string;
}

export type NewsSummary = Omit<NewsArticle, 'body' | 'relatedAsks' | 'sources'>;

export interface ResearchSummary {
  id: string;
  title: string;
  slug: string;
  publisher: string;
  publishedDate: string;
  summary: string;
  keyFindings: string[];
  methodology: string;
  report: FileDownload | null;
  reportUrl: string | null;
  citation: string;
  updatedAt: string;
}

export type AskStatus = 'calling-for' | 'in-progress' | 'won';

export interface PolicyAsk {
  id: string;
  title: string;
  slug: string;
  statement: string;
  whyItMatters: string[];
  evidence: (Link & { kind: 'news' | 'research' })[];
  status: AskStatus;
  order: number;
  updatedAt: string;
}

export interface CampaignStat {
  id: string;
  value: string;
  label: string;
  source: string;
  date: string;
  order: number;
}

export type TimelineCategory = 'legal' | 'parliament' | 'campaign';

export interface TimelineEvent {
  id: string;
  date: string;
  title: string;
  description: string;
  link: string | null;
  category: TimelineCategory;
}

export interface Page {
  id: string;
  title: string;
  slug: string;
  body: RichTextDocument;
  seoDescription: string;
  updatedAt: string;
}

export interface SiteSettings {
  campaignName: string;
  strapline: string;
  exitDestinationUrl: string;
  footerText: string;
  donateIntro: string;
}

export interface Paginated<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}
