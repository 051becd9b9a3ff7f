// What the request guard checks in a Server Action body before Next decodes it. Next answers a body
// React cannot decode with a 500 (a JSON syntax error, a truncated or unparseable multipart form,
// arguments that are not a list, a reference to a row the body does not carry); for the sender it
// is a bad request, so the guard answers 400 instead and Next never sees it.
//
// React's reply format (react-server-dom's ReplyServer, parseModelString): each row is JSON, row 0
// is the root (a fetch action's argument list; a no-JavaScript form's `$ACTION_<n>:0` holds the
// action and its bound arguments), and a string "$<tag><hex id>" refers to the row stored under
// <prefix><decimal id>. This site's forms send plain values and FormData only: tags for server
// references, blobs, typed arrays and streams are refused rather than followed.

/** Tags followed by a hex row id: promise, Map, Set, iterator. A bare "$<hex>" is an outlined model. */
const ROW_TAGS = new Set(['@', 'Q', 'W', 'i']);
/** Tags that need no row: escaped "$", FormData entries, Infinity, -0/-Infinity, NaN, undefined, hole, temporary reference, Date. */
const PLAIN_TAGS = new Set(['$', 'K', 'I', '-', 'N', 'u', 'H', 'T', 'D']);
const HEX_ID = /^[0-9a-f]{1,8}$/i;
const MAX_ROWS = 1_000;

/** The row id a string refers to, -1 for a string that needs no row, or null when React would fail on it. */
function referencedRow(/** @type {string} */ value) {
  if (value[0] !== '$' || value.length < 2) return -1;
  const tag = value[1] ?? '';
  if (PLAIN_TAGS.has(tag)) return -1;
  if (tag === 'n') return /^\$n-?\d{1,300}$/.test(value) ? -1 : null;
  const id = ROW_TAGS.has(tag) ? value.slice(2) : value.slice(1);
  return HEX_ID.test(id) ? Number.parseInt(id, 16) : null;
}

/**
 * True when every row reachable from row 0 is present and parses, and row 0 passes `isRoot`.
 * @param {(key: string) => string | null} rowAt @param {string} prefix @param {(root: unknown) => boolean} isRoot
 */
function rowsResolve(rowAt, prefix, isRoot) {
  const seen = new Set();
  const pending = [0];
  while (pending.length > 0) {
    const id = /** @type {number} */ (pending.pop());
    if (seen.has(id)) continue;
    seen.add(id);
    const text = seen.size <= MAX_ROWS ? rowAt(`${prefix}${id}`) : null;
    if (text === null) return false;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    if (id === 0 && !isRoot(value)) return false;
    const values = [value];
    while (values.length > 0) {
      const next = values.pop();
      if (typeof next === 'string') {
        const row = referencedRow(next);
        if (row === null) return false;
        if (row >= 0) pending.push(row);
      } else if (next !== null && typeof next === 'object') {
        values.push(...Object.values(next));
      }
    }
  }
  return true;
}

const isArgumentList = (/** @type {unknown} */ root) => Array.isArray(root);
const isBoundAction = (/** @type {unknown} */ root) => root !== null && typeof root === 'object' && typeof (/** @type {{ id?: unknown }} */ (root).id) === 'string';

/** @param {string} contentType @param {Buffer} body */
async function formFrom(contentType, body) {
  try {
    return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return null;
  }
}

/**
 * True when Next can decode this Server Action request's body: a fetch action (`Next-Action`
 * header) or a multipart form posted to a page, which Next tries as a no-JavaScript action.
 * @param {import('node:http').IncomingHttpHeaders} headers @param {Buffer} body
 */
export async function isWellFormedActionBody(headers, body) {
  const contentType = String(headers['content-type'] ?? '');
  const multipart = /^multipart\/form-data/i.test(contentType);
  if (headers['next-action'] !== undefined) {
    // Next answers a URL-encoded fetch action with its not-found page itself.
    if (/^application\/x-www-form-urlencoded/i.test(contentType)) return true;
    if (!multipart) return rowsResolve((key) => (key === '0' ? body.toString('utf8') : null), '', isArgumentList);
    const form = await formFrom(contentType, body);
    return form !== null && rowsResolve((key) => { const row = form.get(key); return typeof row === 'string' ? row : null; }, '', isArgumentList);
  }
  if (!multipart) return true;
  const form = await formFrom(contentType, body);
  if (form === null) return false;
  const rowAt = (/** @type {string} */ key) => { const row = form.get(key); return typeof row === 'string' ? row : null; };
  for (const key of form.keys()) {
    const bound = /^\$ACTION_REF_(.*)$/.exec(key);
    if (bound && !rowsResolve(rowAt, `$ACTION_${bound[1]}:`, isBoundAction)) return false;
  }
  return true;
}
