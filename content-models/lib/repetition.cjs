/**
 * Finds an entry repeating itself: the same sentence twice across its standfirst and body, as
 * when an article's summary is also its first paragraph. Short sentences (under six words, such
 * as "Read more.") may recur; anything longer reads as a copy-and-paste slip.
 */
const MIN_WORDS = 6;

function richTextBlocks(node, out = []) {
  if (!node || typeof node !== 'object') return out;
  if (node.nodeType === 'paragraph' || /^heading-|^list-item$/.test(node.nodeType ?? '')) {
    out.push(textOf(node));
    return out;
  }
  for (const child of node.content ?? []) richTextBlocks(child, out);
  return out;
}

function textOf(node) {
  if (node.nodeType === 'text') return node.value ?? '';
  return (node.content ?? []).map(textOf).join('');
}

function sentences(text) {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= MIN_WORDS);
}

/** `texts`: the entry's plain-text fields (summary) and Rich Text documents (body). */
function repeatedSentences(texts) {
  const seen = new Set();
  const repeated = new Set();
  for (const value of texts) {
    const blocks = typeof value === 'string' ? [value] : richTextBlocks(value);
    for (const block of blocks)
      for (const s of sentences(block)) {
        if (seen.has(s)) repeated.add(s);
        seen.add(s);
      }
  }
  return [...repeated];
}

module.exports = { repeatedSentences };
