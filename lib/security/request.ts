import type { z } from 'zod';
import { env } from '@/lib/env';
import { TRUNCATED_FIELD } from './body-limit.mjs';

/**
 * Guards for API route handlers: origin check for state-changing requests, a body size cap and
 * zod parsing. Each returns either the value or a ready Response (403/413/400) to return as is.
 *
 *   const guarded = await guardJson(request, schema, { maxBytes: 4_096 });
 *   if (!guarded.ok) return guarded.response;
 */
export type Guarded<T> = { ok: true; data: T } | { ok: false; response: Response };

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface OriginOptions {
  /**
   * Accept requests that carry no Origin at all. Only for server-to-server callers whose requests
   * are authenticated another way (Contentful and Stripe webhooks are signed); browsers always
   * send Origin on a POST.
   */
  allowMissingOrigin?: boolean;
  /** Extra origins (scheme://host[:port]) allowed besides the site's own. */
  allowedOrigins?: readonly string[];
}

function reject(status: number, error: string, message: string): { ok: false; response: Response } {
  return { ok: false, response: Response.json({ error, message }, { status, headers: { 'Cache-Control': 'no-store' } }) };
}

/**
 * True when a request may change state. A browser proves the source with `Sec-Fetch-Site`, which
 * pages cannot forge; failing that the Origin must be ours. `Origin: null` (a page with
 * Referrer-Policy no-referrer, a sandboxed frame) counts as missing, not as a foreign origin.
 */
export function isAllowedOrigin(request: Request, options: OriginOptions = {}): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const allowed = new Set([new URL(env.SITE_URL).origin, new URL(request.url).origin, ...(options.allowedOrigins ?? [])]);
  const origin = request.headers.get('origin');
  const hasOrigin = origin !== null && origin !== 'null';
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite === 'same-origin') return true;
  if (fetchSite === 'same-site' || fetchSite === 'cross-site') return hasOrigin && allowed.has(origin);
  if (hasOrigin) return allowed.has(origin);
  return options.allowMissingOrigin === true;
}

export function checkOrigin(request: Request, options: OriginOptions = {}): Guarded<true> {
  return isAllowedOrigin(request, options)
    ? { ok: true, data: true }
    : reject(403, 'forbidden_origin', 'This request did not come from this site.');
}

/**
 * Reads the body as text, refusing more than `maxBytes`: first by Content-Length, then while
 * streaming, because a chunked body declares no length.
 */
export async function readLimitedText(request: Request, maxBytes: number = DEFAULT_MAX_BODY_BYTES): Promise<Guarded<string>> {
  const tooLarge = () => reject(413, 'payload_too_large', `The request body is larger than ${maxBytes} bytes.`);
  const declared = request.headers.get('content-length');
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) return tooLarge();
  if (!request.body) return { ok: true, data: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, data: new TextDecoder().decode(bytes) };
}

/** zod parse → 400 with each issue's field path and message (never the submitted values). */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): Guarded<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  return { ok: false, response: Response.json({ error: 'invalid_request', issues }, { status: 400, headers: { 'Cache-Control': 'no-store' } }) };
}

export interface GuardOptions extends OriginOptions {
  maxBytes?: number;
}

/** Origin check, size cap, JSON parse and zod validation, in that order (cheapest refusals first). */
export async function guardJson<S extends z.ZodType>(request: Request, schema: S, options: GuardOptions = {}): Promise<Guarded<z.infer<S>>> {
  const origin = checkOrigin(request, options);
  if (!origin.ok) return origin;
  const body = await readLimitedText(request, options.maxBytes);
  if (!body.ok) return body;
  let json: unknown;
  try {
    json = body.data === '' ? undefined : JSON.parse(body.data);
  } catch {
    return reject(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return parseWith(schema, json);
}

/**
 * The form a Server Action was given. React passes whatever the request encodes, so a hand-made
 * post can put any value (or none) where the form belongs, and reading that as FormData threw
 * (a 500). Anything but a form reads as an empty one, which every action answers like a blank
 * submission.
 */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

export const TRUNCATED_MESSAGE = 'That was more than this form can take, so the end of it did not reach us. Please check your answers and send the form again.';

/**
 * True when the server cut this form post at the Server Action body limit (lib/security/body-limit.mjs):
 * the fields that fitted are here, the rest is not. The action answers with those values and
 * TRUNCATED_MESSAGE rather than acting on part of what the person sent.
 */
export function wasTruncated(form: FormData): boolean {
  return form.get(TRUNCATED_FIELD) === '1';
}
