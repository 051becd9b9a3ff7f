// The production server's cap on request bodies, applied to every request as its bytes arrive from
// the socket (each chunk the HTTP parser pushes into the request stream is counted before it is
// buffered), so no route, form or framework code can be made to hold an unbounded body in memory.
//  - A declared Content-Length over the cap is a 413 before anything is read.
//  - A chunked body that passes the cap ends there: whatever reads it sees a short body (routes
//    with their own, smaller cap have already answered 413 through readLimitedText()).
//  - A form posted without JavaScript that passes the form cap (Next's Server Action
//    bodySizeLimit) is cut after its last complete field, and a TRUNCATED_FIELD part is added, so
//    the action answers with the form, the values that fitted and a message instead of Next's 500.
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

/** @param {import('node:http').ServerResponse} res @param {number} maxBytes */
function refuse(res, maxBytes) {
  res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
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
 * Applies the caps to one request. Returns false when it has answered the request itself (a 413).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ maxBytes?: number, formBytes?: number }} [options]
 */
export function limitRequestBody(req, res, { maxBytes = MAX_BODY_BYTES, formBytes = FORM_BODY_BYTES } = {}) {
  const declared = req.headers['content-length'];
  const chunked = /chunked/i.test(String(req.headers['transfer-encoding'] ?? ''));
  if (declared === undefined && !chunked) return true;
  if (declared !== undefined && Number(declared) > maxBytes) {
    refuse(res, maxBytes);
    return false;
  }

  const rawPush = req.push.bind(req);
  let ended = false;
  let discarded = 0;
  /** Ends the body early. `complete` keeps Node's auto-destroy at 'end' from tearing down the socket. */
  const push = (/** @type {Buffer | null} */ chunk) => {
    if (chunk !== null) return rawPush(chunk);
    ended = true;
    req.complete = true;
    rawPush(null);
    // The parser paused the socket when the stream's buffer filled; nobody will read it now.
    req.socket?.resume();
    return true;
  };
  // What follows an early end, and the rest of a body nobody read once the response is out, is read
  // and dropped (Node does this only for a body nobody touched, not for one whose reader stopped
  // half way, which stalls the connection's next request). Past maxBytes the connection is dropped,
  // a second after the response so the client can read it.
  const drop = (/** @type {number} */ bytes) => {
    discarded += bytes;
    if (discarded > maxBytes && res.writableFinished) setTimeout(() => req.socket?.destroy(), 1_000).unref();
    return true;
  };
  res.once('finish', () => {
    if (ended || req.complete) return;
    ended = true;
    req.socket?.resume();
  });
  const boundary = req.method === 'POST' && req.headers['next-action'] === undefined ? boundaryOf(req) : null;
  const cutter = boundary ? formCutter(boundary, formBytes, push) : null;
  let total = 0;
  req.push = /** @type {typeof req.push} */ (
    (/** @type {any} */ chunk, /** @type {BufferEncoding | undefined} */ encoding) => {
      if (ended) return chunk === null ? false : drop(chunk.length);
      if (cutter) return cutter.write(chunk === null ? null : Buffer.from(chunk, encoding)) || true;
      if (chunk === null) return push(null);
      total += chunk.length;
      if (total <= maxBytes) return rawPush(chunk, encoding);
      return push(null);
    }
  );
  return true;
}
