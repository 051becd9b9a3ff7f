import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { EntriesApi } from './core/client';
import type { ContentTypeInfo } from './core/content-type';
import { entryBySlug, parseFields, updatedAt, type RawEntry } from './core/entries';
import { date, linkedEntryOf, richTextSchema, slug, text, toLink, toRichText, type Link, type RichTextDocument, type RichTextNode } from './core/fields';
import { isPreview, readBySlug, readList, type ListRead } from './core/read';

/** Open letters: /act/<slug> (with the write-to-your-MP actions), listed on /act and the home page. */

export const OPEN_LETTERS_TAG = 'content:open-letters';

export const openLetterFields = z.object({
  title: text(120),
  slug,
  addressee: text(150),
  summary: text(300),
  body: richTextSchema,
  asks: z.array(linkedEntryOf(['policyAsk'])).default([]),
  target: z.number().int().min(1),
  milestones: z.array(z.string().regex(/^[1-9][0-9]{0,6}$/)).max(10).default([]),
  status: z.enum(['open', 'closed']),
  closingDate: date.optional(),
});

export const openLettersType = { id: 'openLetter', tag: OPEN_LETTERS_TAG, fields: openLetterFields, map: (entry: RawEntry) => toOpenLetter(entry) } as const satisfies ContentTypeInfo;

export interface OpenLetter {
  id: string;
  title: string;
  slug: string;
  addressee: string;
  summary: string;
  body: RichTextDocument;
  asks: Link[];
  target: number;
  /** Ascending, each below the target. */
  milestones: number[];
  status: 'open' | 'closed';
  closingDate: string | null;
  /** Changes with any change to the words people sign: the title, addressee or letter text. */
  wordingVersion: string;
  /** Those words as plain text, stored with the first signature of each version. */
  wording: string;
  updatedAt: string;
}

function plainText(nodes: RichTextNode[] | undefined): string {
  return (nodes ?? [])
    .map((n) => (n.nodeType === 'text' ? (n.value ?? '') : plainText(n.content) + (n.nodeType === 'paragraph' || n.nodeType.startsWith('heading') || n.nodeType === 'list-item' ? '\n' : '')))
    .join('');
}

export function toOpenLetter(entry: RawEntry): OpenLetter | null {
  const f = parseFields('openLetter', openLetterFields, entry);
  if (!f) return null;
  const body = toRichText(f.body);
  const wording = `${f.title}\n\nTo: ${f.addressee}\n\n${plainText(body.content).trim()}\n`;
  return {
    id: entry.sys.id,
    title: f.title,
    slug: f.slug,
    addressee: f.addressee,
    summary: f.summary,
    body,
    asks: f.asks.map((a) => toLink(a)),
    target: f.target,
    milestones: [...new Set(f.milestones.map(Number))].filter((n) => n < f.target).sort((a, b) => a - b),
    status: f.status,
    closingDate: f.closingDate?.slice(0, 10) ?? null,
    wordingVersion: createHash('sha256').update(wording).digest('hex').slice(0, 16),
    wording,
    updatedAt: updatedAt(entry),
  };
}

/** Open for signatures: published as open, and not past its closing date (UK time is close enough to UTC for a day). */
export function isOpenForSigning(letter: Pick<OpenLetter, 'status' | 'closingDate'>, now = new Date()): boolean {
  return letter.status === 'open' && (letter.closingDate === null || now.toISOString().slice(0, 10) < letter.closingDate);
}

export async function fetchOpenLetter(client: EntriesApi, slug: string) {
  return entryBySlug(client, 'openLetter', slug, 1, toOpenLetter);
}

/** Every letter, newest first; also the slugs `getOpenLetter()` may find. */
export const openLettersList = { name: 'openLetters', type: 'openLetter', query: { order: '-sys.createdAt,sys.id', include: 1 }, map: toOpenLetter, tags: [OPEN_LETTERS_TAG] } satisfies ListRead<OpenLetter>;

export async function getOpenLetters(): Promise<OpenLetter[]> {
  return readList(await isPreview(), openLettersList);
}

const letterBySlug = { list: openLettersList, tags: [OPEN_LETTERS_TAG], fetch: fetchOpenLetter };

export async function getOpenLetter(slug: string): Promise<OpenLetter | null> {
  return readBySlug(await isPreview(), slug, letterBySlug);
}

/** The published letter, never a draft: what people sign is what the public page shows. */
export async function getPublishedOpenLetter(slug: string): Promise<OpenLetter | null> {
  return readBySlug(false, slug, letterBySlug);
}
