// The production server's cap on request bodies, applied to every request as its bytes arrive from
// the socket (each chunk the HTTP parser pushes into the request stream is counted before it is
// buffered), so no route, form or framework code can be made to hold an unbounded body in memory.
//  - A declared Content-Length over the cap is a 413 before anything is read.
//  - A chunked body that passes the cap ends there: whatever reads it sees a short body (routes
//    with their own, smaller cap have already answered 413 through readLimitedText()).
//  - A form posted without JavaScript that passes the form cap (Next's Server Action
//    bodySizeLimit) is cut after its last complete field, and a TRUNCATED_FIELD part is added, so
//    the action answers with the form, the values that fitted and a message instead of Next's 500.
//  - A Server Action's body is held until it has all arrived (holdRequestBody), so the request
//    guard can check it before Next decodes it; a fetch action's stops at the form cap with a 413.
//  - After a response that came before its body was read to the end, the rest is read and dropped
//    (up to maxBytes, then the connection is closed), so the next request on that keep-alive
//    connection is answered instead of waiting behind an upload nobody reads.

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
// The same figure as serverActions.bodySizeLimit in next.config.ts.
export const FORM_BODY_BYTES = 64 * 1024;
export const TRUNCATED_FIELD = 'fixthecms-truncated';

/** @param {import('node:http').IncomingMessage} req */
function boundaryOf(req) {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^multipart\/form-data/i.test(type)) return null;
  const match = /boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(type);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/**
 * keepAlive: the body is being read and dropped, so the connection can carry the next request.
 * @param {import('node:http').ServerResponse} res @param {number} maxBytes @param {{ keepAlive?: boolean }} [options]
 */
function refuse(res, maxBytes, { keepAlive = false } = {}) {
  res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...(keepAlive ? {} : { Connection: 'close' }) });
  res.end(`The request body is larger than ${maxBytes} bytes.`);
}

/**
 * Holds back each form part until the next delimiter shows it is complete; past `limit` it drops
 * the incomplete part, adds the truncation marker and closes the body.
 * @param {string} boundary @param {number} limit @param {(chunk: Buffer | null) => boolean} push
 */
function formCutter(boundary, limit, push) {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let pending = Buffer.alloc(0);
  let total = 0;
  return {
    /** @param {Buffer | null} chunk */
    write(chunk) {
      if (chunk === null) {
        push(pending);
        return push(null);
      }
      total += chunk.length;
      // The first part's delimiter has no CRLF before it, so it is never a cut point: a part is
      // released only once the delimiter after it has arrived.
      pending = Buffer.concat([pending, chunk]);
      if (total <= limit) {
        const last = pending.lastIndexOf(delimiter);
        if (last > 0) {
          push(pending.subarray(0, last));
          pending = pending.subarray(last);
        }
        return true;
      }
      const marker = `\r\n--${boundary}\r\nContent-Disposition: form-data; name="${TRUNCATED_FIELD}"\r\n\r\n1\r\n--${boundary}--\r\n`;
      push(Buffer.from(marker));
      pending = Buffer.alloc(0);
      return push(null);
    },
  };
}

/**
 * Counts, caps and routes one request body as the parser pushes it into the request stream.
 * `hold` keeps what passes the caps back (for a check before anyone reads it) instead of
 * handing it on; its promise gets the whole body, or null once it has answered 413 itself.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ maxBytes: number, formBytes: number, hold: boolean }} options
 * @returns {boolean | Promise<HeldBody | null>}
 */
function capBody(req, res, { maxBytes, formBytes, hold }) {
  const declared = req.headers['content-length'];
  const chunked = /chunked/i.test(String(req.headers['transfer-encoding'] ?? ''));
  const rawPush = req.push.bind(req);
  // Node detaches req.socket once the response is out; the rest of the body still arrives on it.
  const socket = req.socket;
  const boundary = req.method === 'POST' && req.headers['next-action'] === undefined ? boundaryOf(req) : null;
  // A Server Action body that is not a no-JavaScript form (which is cut instead) stops at the form cap.
  const refuseAt = hold && !boundary ? formBytes : maxBytes;
  /** @type {(body: HeldBody | null) => void} */
  let settle = () => undefined;
  const held = new Promise((resolve) => (settle = resolve));
  /** @param {Buffer} body */
  const heldBody = (body) => ({ body, release: () => rawPush(body) && rawPush(null) });
  // No body: Node has ended the stream itself.
  if (declared === undefined && !chunked) return hold ? Promise.resolve({ body: Buffer.alloc(0), release: () => undefined }) : true;
  if (declared !== undefined && Number(declared) > refuseAt) {
    refuse(res, refuseAt);
    return hold ? Promise.resolve(null) : false;
  }

  /** @type {Buffer[]} */
  const kept = [];
  const deliver = hold ? (/** @type {Buffer} */ chunk) => kept.push(Buffer.from(chunk)) > 0 : rawPush;
  const deliverEnd = hold ? () => settle(heldBody(Buffer.concat(kept))) : () => rawPush(null);
  let ended = false;
  let discarded = 0;
  /** Ends the body (early or not). `complete` keeps Node's auto-destroy at 'end' from tearing down the socket. */
  const push = (/** @type {Buffer | null} */ chunk) => {
    if (chunk !== null) return deliver(chunk);
    ended = true;
    req.complete = true;
    deliverEnd();
    // The parser paused the socket when the stream's buffer filled; nobody will read it now.
    socket?.resume();
    return true;
  };
  // What follows an early end, and the rest of a body nobody read once the response is out, is read
  // and dropped (Node does this only for a body nobody touched, not for one whose reader stopped
  // half way, which stalls the connection's next request). Past maxBytes the connection is dropped,
  // a second after the response so the client can read it.
  let dropping = false;
  const dropIfPastCap = () => {
    if (dropping || discarded <= maxBytes || !res.writableFinished) return;
    dropping = true;
    setTimeout(() => socket?.destroy(), 1_000).unref();
  };
  const drop = (/** @type {number} */ bytes) => {
    discarded += bytes;
    dropIfPastCap();
    return true;
  };
  res.once('finish', () => {
    // The rest may all have come (and been dropped) before the response was out.
    dropIfPastCap();
    if (ended || req.complete) return;
    ended = true;
    socket?.resume();
  });
  const cutter = boundary ? formCutter(boundary, formBytes, push) : null;
  let total = 0;
  req.push = /** @type {typeof req.push} */ (
    (/** @type {any} */ chunk, /** @type {BufferEncoding | undefined} */ encoding) => {
      if (ended) return chunk === null ? false : drop(chunk.length);
      if (cutter) return cutter.write(chunk === null ? null : Buffer.from(chunk, encoding)) || true;
      if (chunk === null) return push(null);
      total += chunk.length;
      if (total <= refuseAt) return hold ? deliver(Buffer.from(chunk, encoding)) : rawPush(chunk, encoding);
      if (!hold) return push(null);
      // An action body over its cap: answered here, the rest read and dropped, Next never sees it.
      ended = true;
      req.complete = true;
      socket?.resume();
      refuse(res, refuseAt, { keepAlive: true });
      settle(null);
      return true;
    }
  );
  return hold ? held : true;
}

/**
 * Applies the caps to one request. Returns false when it has answered the request itself (a 413).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ maxBytes?: number, formBytes?: number }} [options]
 */
export function limitRequestBody(req, res, { maxBytes = MAX_BODY_BYTES, formBytes = FORM_BODY_BYTES } = {}) {
  return capBody(req, res, { maxBytes, formBytes, hold: false }) === true;
}

/**
 * @typedef {{ body: Buffer, release: () => void }} HeldBody
 * The whole body, and release() to hand it to whoever reads the request (as if it had just arrived).
 */

/**
 * Applies the caps to a Server Action request and holds its body back until it has all arrived,
 * so it can be checked before Next decodes it. A fetch action's body stops at the form cap (a
 * 413 here, instead of Next's 500 that left the connection waiting for the rest of the upload);
 * a form posted without JavaScript is cut as limitRequestBody() cuts it. Resolves to null when
 * it has answered the request itself.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ maxBytes?: number, formBytes?: number }} [options]
 * @returns {Promise<HeldBody | null>}
 */
export function holdRequestBody(req, res, { maxBytes = MAX_BODY_BYTES, formBytes = FORM_BODY_BYTES } = {}) {
  return /** @type {Promise<HeldBody | null>} */ (capBody(req, res, { maxBytes, formBytes, hold: true }));
}
