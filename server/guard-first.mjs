// React writes the stylesheet link (and the chunk scripts) at the top of <head> and our children
// after them, so the quick-exit guard (components/quick-exit/exit-guard.tsx) came after the link.
// A pending stylesheet holds back every later inline script, and the parser with it: the whole
// body waited for the CSS before it was even parsed, then parsing, style and layout all came after
// it. With the guard moved up to follow the charset declaration it runs at once, the body is parsed
// while the stylesheet downloads, and the first paint follows the CSS's arrival directly. Same
// bytes, same length (Content-Length and ETag stay true), same script hash. React finds the guard
// again on hydration: inside <head> it skips elements that do not match, whatever their order.

const OPEN = Buffer.from('<script id="quick-exit-guard">');
const CLOSE = Buffer.from('</script>');
const HEAD_END = Buffer.from('</head>');
const CHARSET = Buffer.from('<meta charSet="utf-8"/>');

/** Whether `html` holds the whole <head> yet (so `guardFirst` can act on it). */
export function hasWholeHead(/** @type {Buffer} */ html) {
  return html.includes(HEAD_END);
}

/**
 * The page with the quick-exit guard moved to just after `<meta charSet>` (it must stay in the
 * first 1,024 bytes), or `html` unchanged if it has no guard in its <head> or it is first already.
 * @param {Buffer} html
 */
export function guardFirst(html) {
  const headEnd = html.indexOf(HEAD_END);
  const start = html.indexOf(OPEN);
  const charset = html.indexOf(CHARSET);
  if (headEnd < 0 || start < 0 || start > headEnd || charset < 0 || charset > start) return html;
  const at = charset + CHARSET.length;
  const end = html.indexOf(CLOSE, start);
  if (at === start || end < 0 || end > headEnd) return html;
  const stop = end + CLOSE.length;
  return Buffer.concat([html.subarray(0, at), html.subarray(start, stop), html.subarray(at, start), html.subarray(stop)]);
}
