#!/usr/bin/env node
/**
 * Builds the seed asset binaries into public/seed-assets/.
 *
 * Usage (from the repo root, after dependencies are installed):
 *   node content-models/scripts/build-assets.mjs
 *
 * - Hero images: abstract shapes and gradients drawn as SVG in the campaign palette (no text, no
 *   people), rendered by sharp to 1200x675 WebP, each kept at or under 60 KB.
 * - A one-page PDF summary of the OPFS value-for-money report, written by hand (objects + xref),
 *   so it needs no PDF library.
 *
 * Output is deterministic. Re-run content-models/scripts/build-seed.mjs afterwards: it reads the
 * real file sizes and image dimensions into seed/export.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'public', 'seed-assets');
const W = 1200;
const H = 675;
const MAX_BYTES = 60 * 1024;

const C = { teal: '#0b5560', yellow: '#ffd23f', paper: '#f7f4ec', navy: '#1d2a44', mist: '#cfe3e1', deepTeal: '#083f47' };

const svg = (defs, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
const linear = (id, from, to, x2 = 0, y2 = 1) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`;
const radial = (id, from, to, opacity = 1) =>
  `<radialGradient id="${id}"><stop offset="0" stop-color="${from}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${to}" stop-opacity="0"/></radialGradient>`;

/** A row of pillars on a plinth under a low sun: the courts, abstracted. */
function court() {
  const pillars = Array.from({ length: 7 }, (_, i) => {
    const x = 250 + i * 105;
    return `<rect x="${x}" y="250" width="54" height="300" rx="27" fill="url(#pillar)" opacity="${0.92 - i * 0.04}"/>`;
  }).join('');
  return svg(
    linear('bg', C.navy, C.teal) + linear('pillar', C.paper, C.mist) + radial('glow', C.yellow, C.yellow, 0.55),
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>
     <circle cx="880" cy="210" r="260" fill="url(#glow)"/>
     <circle cx="880" cy="210" r="92" fill="${C.yellow}"/>
     <path d="M200 235 L600 120 L1000 235 Z" fill="${C.paper}" opacity="0.9"/>
     ${pillars}
     <rect x="190" y="550" width="820" height="30" rx="6" fill="${C.paper}" opacity="0.85"/>
     <rect x="150" y="585" width="900" height="34" rx="6" fill="${C.mist}" opacity="0.6"/>`,
  );
}

/** Tall pointed arches and a river-like band: Parliament, abstracted. */
function parliament() {
  const arch = (x, w, h, fill, op) =>
    `<path d="M${x} 560 V${560 - h + w / 2} Q${x} ${560 - h} ${x + w / 2} ${560 - h - w / 3} Q${x + w} ${560 - h} ${x + w} ${560 - h + w / 2} V560 Z" fill="${fill}" opacity="${op}"/>`;
  const arches = Array.from({ length: 9 }, (_, i) => arch(120 + i * 110, 70, 200 + ((i * 53) % 120), C.navy, 0.9)).join('');
  const inner = Array.from({ length: 9 }, (_, i) => arch(140 + i * 110, 30, 120 + ((i * 53) % 120) * 0.6, C.yellow, 0.85)).join('');
  return svg(
    linear('bg', C.teal, C.deepTeal) + linear('water', C.yellow, '#f0b800', 1, 0),
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>
     <circle cx="1020" cy="130" r="70" fill="${C.paper}" opacity="0.9"/>
     ${arches}${inner}
     <rect x="0" y="560" width="${W}" height="16" fill="${C.paper}" opacity="0.8"/>
     <rect x="0" y="590" width="${W}" height="85" fill="url(#water)" opacity="0.9"/>
     <rect x="0" y="620" width="${W}" height="6" fill="${C.paper}" opacity="0.5"/>`,
  );
}

/** A field of dots and rising bars: many voices, counted. */
function survey() {
  const dots = [];
  for (let row = 0; row < 9; row++) {
    for (let col = 0; col < 12; col++) {
      const lit = (row * 12 + col) % 7 === 3;
      dots.push(
        `<circle cx="${90 + col * 44}" cy="${150 + row * 44}" r="13" fill="${lit ? C.yellow : C.teal}" opacity="${lit ? 1 : 0.75}"/>`,
      );
    }
  }
  const bars = [210, 300, 260, 380, 330, 430]
    .map((h, i) => `<rect x="${700 + i * 72}" y="${560 - h}" width="48" height="${h}" rx="10" fill="${i === 5 ? C.yellow : C.navy}"/>`)
    .join('');
  return svg(
    linear('bg', C.paper, C.mist),
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>
     <circle cx="330" cy="330" r="300" fill="${C.mist}" opacity="0.6"/>
     ${dots.join('')}
     ${bars}
     <rect x="680" y="565" width="450" height="8" rx="4" fill="${C.teal}"/>`,
  );
}

/** Stacks of coins and a small home shape: a household budget, abstracted. */
function familyBudget() {
  const stack = (x, n, fill) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<ellipse cx="${x}" cy="${560 - i * 26}" rx="70" ry="20" fill="${fill}" stroke="${C.navy}" stroke-opacity="0.25" stroke-width="3"/>`,
    ).join('');
  return svg(
    linear('bg', '#ffe58a', C.yellow) + radial('sun', C.paper, C.paper, 0.7),
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>
     <circle cx="230" cy="170" r="220" fill="url(#sun)"/>
     <path d="M720 330 L880 200 L1040 330 V560 H720 Z" fill="${C.teal}"/>
     <rect x="850" y="440" width="60" height="120" rx="8" fill="${C.yellow}"/>
     <rect x="760" y="370" width="60" height="50" rx="6" fill="${C.paper}" opacity="0.9"/>
     <rect x="940" y="370" width="60" height="50" rx="6" fill="${C.paper}" opacity="0.9"/>
     ${stack(210, 5, C.paper)}${stack(370, 9, C.paper)}${stack(530, 3, C.paper)}
     <rect x="0" y="585" width="${W}" height="90" fill="${C.navy}"/>`,
  );
}

/** Overlapping circles: organisations working together. */
function coalition() {
  const ring = (cx, cy, r, fill, op) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" opacity="${op}"/>`;
  return svg(
    linear('bg', C.navy, '#14203a', 1, 1) + radial('halo', C.teal, C.teal, 0.8),
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>
     <circle cx="600" cy="340" r="380" fill="url(#halo)"/>
     ${ring(470, 280, 170, C.teal, 0.85)}${ring(730, 280, 170, C.yellow, 0.8)}
     ${ring(470, 420, 170, C.mist, 0.55)}${ring(730, 420, 170, C.paper, 0.45)}
     <circle cx="600" cy="350" r="46" fill="${C.navy}" opacity="0.9"/>
     <circle cx="600" cy="350" r="20" fill="${C.yellow}"/>`,
  );
}

/** A path with milestones along it: the campaign so far. */
function milestones() {
  const points = [
    [120, 470, C.teal],
    [300, 400, C.teal],
    [480, 430, C.navy],
    [660, 330, C.teal],
    [840, 300, C.navy],
    [1020, 200, C.yellow],
  ];
  const dots = points
    .map(([x, y, fill]) => `<circle cx="${x}" cy="${y}" r="30" fill="${C.paper}"/><circle cx="${x}" cy="${y}" r="20" fill="${fill}"/>`)
    .join('');
  return svg(
    linear('bg', C.mist, C.paper),
    `<rect width="${W}" height="${H}" fill="url(#bg)"/>
     <path d="M0 600 C 300 560, 500 640, 1200 520 V675 H0 Z" fill="${C.teal}" opacity="0.25"/>
     <path d="M120 470 C 200 420, 250 400, 300 400 S 420 440, 480 430 S 600 340, 660 330 S 780 310, 840 300 S 960 220, 1020 200"
           fill="none" stroke="${C.teal}" stroke-width="10" stroke-linecap="round" stroke-dasharray="2 22"/>
     ${dots}
     <circle cx="1020" cy="200" r="60" fill="none" stroke="${C.yellow}" stroke-width="6" opacity="0.7"/>`,
  );
}

const IMAGES = {
  'hero-court.webp': court,
  'hero-parliament.webp': parliament,
  'hero-survey.webp': survey,
  'hero-family-budget.webp': familyBudget,
  'hero-coalition.webp': coalition,
  'inline-milestones.webp': milestones,
};

async function renderWebp(svgText) {
  for (const quality of [82, 75, 68, 60, 50]) {
    const buf = await sharp(Buffer.from(svgText)).resize(W, H).webp({ quality, effort: 6 }).toBuffer();
    if (buf.length <= MAX_BYTES) return buf;
  }
  throw new Error('could not get the image under 60 KB');
}

// ---------- PDF, written by hand ----------

const PDF_TEXT = [
  ['h1', 'Does the UK Child Maintenance Service deliver value for money for children?'],
  ['small', 'A one-page summary written for the #FixTheCMS campaign site. This is not the report itself.'],
  [
    'p',
    'In June 2023 One Parent Families Scotland (OPFS) published research into how single parents experience the Child Maintenance Service (CMS). The full report is published by OPFS; this page sets out its main points in our own words.',
  ],
  ['h2', 'What the research drew on'],
  [
    'p',
    "A survey, case studies from OPFS's national advice and information service, and the experiences of parents who use OPFS's local community-based services.",
  ],
  ['h2', 'What parents reported'],
  [
    'p',
    'Parents described problems with the advice they were given, with how maintenance was calculated, with enforcement when the other parent did not pay, and with customer service. They also described earnings going unreported and loopholes used to cut or avoid payments. OPFS found these problems had grown worse since the COVID-19 pandemic began.',
  ],
  ['h2', 'Why it matters'],
  [
    'p',
    'OPFS points to research by Hakovirta et al. (2019, Journal of Social Policy): for children of single parents who are in poverty and receive no maintenance, maintenance that is actually paid would lift them out of poverty in around 60% of cases.',
  ],
  ['h2', 'What OPFS calls for'],
  ['li', 'An end to CMS charges for parents who receive maintenance.'],
  ['li', 'A better service for survivors of domestic abuse.'],
  ['li', 'Stronger systems and resources to tackle avoidance and non-payment.'],
  ['li', 'Better customer service and case management.'],
  ['li', 'A root-and-branch review of the CMS.'],
  [
    'small',
    'Source: One Parent Families Scotland, "Does the UK Child Maintenance Service deliver value for money for children?", 5 June 2023. Read the full report, including its methods, from OPFS.',
  ],
];

const pdfEscape = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);

// Helvetica advance widths (per 1000 em) for the characters we use; bold is approximated as 8% wider.
const HELV = {
  ' ': 278, a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222,
  m: 833, n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500,
  z: 500, A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556,
  M: 833, N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667,
  Z: 611, ',': 278, '.': 278, '(': 333, ')': 333, '-': 333, ':': 278, ';': 278, "'": 191, '"': 355,
  '?': 556, '#': 556, '%': 889, '/': 278, '&': 667,
};
const textWidth = (s, size, bold) =>
  ([...s].reduce((w, ch) => w + (HELV[ch] ?? (/[0-9]/.test(ch) ? 556 : 600)), 0) * size * (bold ? 1.08 : 1)) / 1000;

function wrap(text, size, bold, maxWidth) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function buildPdf() {
  const style = {
    h1: { font: 'F2', size: 17, lead: 22, before: 0 },
    h2: { font: 'F2', size: 12.5, lead: 17, before: 10 },
    p: { font: 'F1', size: 10.5, lead: 14.5, before: 4 },
    li: { font: 'F1', size: 10.5, lead: 14.5, before: 2 },
    small: { font: 'F1', size: 9, lead: 12.5, before: 10 },
  };
  let y = 790;
  const ops = ['BT'];
  for (const [kind, text] of PDF_TEXT) {
    const s = style[kind];
    y -= s.before;
    wrap(text, s.size, s.font === 'F2', kind === 'li' ? 465 : 483).forEach((line, i) => {
      const x = kind === 'li' ? (i === 0 ? 62 : 74) : 56;
      const shown = kind === 'li' && i === 0 ? `-  ${line}` : line;
      ops.push(`/${s.font} ${s.size} Tf 1 0 0 1 ${x} ${y.toFixed(1)} Tm (${pdfEscape(shown)}) Tj`);
      y -= s.lead;
    });
  }
  ops.push('ET');
  if (y < 40) throw new Error('PDF text overflows the page');
  const stream = ops.join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    `<< /Title (${pdfEscape('Summary: Does the UK Child Maintenance Service deliver value for money for children?')}) /Author (#FixTheCMS campaign site) /Producer (content-models/scripts/build-assets.mjs) >>`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

mkdirSync(OUT, { recursive: true });
for (const [fileName, draw] of Object.entries(IMAGES)) {
  const buf = await renderWebp(draw());
  writeFileSync(join(OUT, fileName), buf);
  console.log(`${fileName}: ${buf.length} bytes`);
}
const pdf = buildPdf();
writeFileSync(join(OUT, 'opfs-value-for-money-summary.pdf'), pdf);
console.log(`opfs-value-for-money-summary.pdf: ${pdf.length} bytes`);
