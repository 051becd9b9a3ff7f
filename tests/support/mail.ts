import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Just enough MIME to read our own messages: headers, multipart/alternative, quoted-printable, base64. */
export interface ParsedMail {
  headers: Map<string, string>;
  text: string;
  html: string;
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const sep = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, sep).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(sep).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body };
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding?.toLowerCase() === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitHead(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  let text = '';
  let html = '';
  if (boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const p = splitHead(part.replace(/^\r?\n/, ''));
      const content = decode(p.body.replace(/\r?\n$/, ''), p.headers.get('content-transfer-encoding'));
      if (p.headers.get('content-type')?.startsWith('text/plain')) text = content;
      if (p.headers.get('content-type')?.startsWith('text/html')) html = content;
    }
  } else {
    text = decode(body, headers.get('content-transfer-encoding'));
  }
  return { headers, text, html };
}

export function readOutbox(dir: string): ParsedMail[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return files.map((f) => parseMail(readFileSync(path.join(dir, f), 'utf8')));
}

export function linkIn(mail: ParsedMail, pathname: string): URL {
  const match = mail.text.match(/https?:\/\/\S+/g)?.map((u) => new URL(u)).find((u) => u.pathname === pathname);
  if (!match) throw new Error(`No ${pathname} link in:\n${mail.text}`);
  return match;
}

export function tokenIn(mail: ParsedMail, pathname: string): string {
  return linkIn(mail, pathname).searchParams.get('token') ?? '';
}
