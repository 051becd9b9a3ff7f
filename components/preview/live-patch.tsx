import { getImageProps } from 'next/image';
import { createRoot, type Root } from 'react-dom/client';
import type { Image, RichTextDocument } from '@/lib/content/core/fields';
import { RichText } from '@/components/rich-text/rich-text';
import { formatDate } from '@/components/ui/formatted-date';

/**
 * Applies an entry the editor is changing (already mapped to our own type by the server) to the
 * elements tagged with its id. Each tagged element names the field it shows; the value's shape
 * says how to draw it: text, a date in a <time>, a list of lines, a Rich Text body or an image.
 * Only these elements change: the rest of the page is what the server rendered.
 */

const richRoots = new WeakMap<Element, Root>();

const isImage = (v: unknown): v is Image =>
  typeof v === 'object' && v !== null && typeof (v as Image).url === 'string' && typeof (v as Image).width === 'number';
const isRichText = (v: unknown): v is RichTextDocument => typeof v === 'object' && v !== null && (v as RichTextDocument).nodeType === 'document';
const isLines = (v: unknown): v is string[] => Array.isArray(v) && v.every((line) => typeof line === 'string');

function patchText(el: HTMLElement, text: string) {
  if (el instanceof HTMLTimeElement) {
    el.dateTime = text.slice(0, 10);
    el.textContent = formatDate(text, el.dataset.liveFormat === 'month' ? 'month' : 'day');
  } else if (el.textContent !== text) {
    el.textContent = text;
  }
}

/** One child per line, copying the element and class of the first child the server drew. */
function patchLines(el: HTMLElement, lines: string[]) {
  const template = el.firstElementChild;
  const children = lines.map((line) => {
    const child = document.createElement(template?.tagName.toLowerCase() ?? 'p');
    if (template?.className) child.className = template.className;
    child.textContent = line;
    return child;
  });
  el.replaceChildren(...children);
}

function patchImage(el: HTMLImageElement, image: Image) {
  const { props } = getImageProps({ src: image.url, alt: image.alt, width: image.width, height: image.height, sizes: el.sizes || '100vw' });
  el.alt = image.alt;
  el.width = image.width;
  el.height = image.height;
  if (props.srcSet) el.srcset = props.srcSet;
  el.src = props.src;
}

function patchRichText(el: HTMLElement, document: RichTextDocument) {
  let root = richRoots.get(el);
  if (!root) {
    // The server-rendered body is replaced by a small client root: the page's own React tree
    // never re-renders this static part, so the two never meet.
    root = createRoot(el);
    richRoots.set(el, root);
  }
  root.render(<RichText document={document} />);
}

function patchElement(el: HTMLElement, value: unknown) {
  if (typeof value === 'string' || typeof value === 'number') patchText(el, String(value));
  else if (isRichText(value)) patchRichText(el, value);
  else if (isImage(value) && el instanceof HTMLImageElement) patchImage(el, value);
  else if (isLines(value)) patchLines(el, value);
}

export function patchEntry(entryId: string, value: Record<string, unknown>) {
  const selector = `[data-contentful-entry-id="${CSS.escape(entryId)}"][data-contentful-field-id]`;
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    const field = el.dataset.contentfulFieldId;
    if (field && Object.hasOwn(value, field)) patchElement(el, value[field]);
  }
}

/** The preview bar's status line, read out politely to screen-reader users. */
export function setLiveStatus(message: string) {
  const status = document.querySelector<HTMLElement>('[data-live-status]');
  if (status && status.textContent !== message) status.textContent = message;
}
