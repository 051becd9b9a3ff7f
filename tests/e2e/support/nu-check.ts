import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';

const JAR = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

/**
 * The Nu HTML Checker on one document, for pages that exist only as the answer to a form post
 * (tests/budgets/check-html.mjs covers the prerendered ones).
 */
export function expectValidHtml(html: string, label: string) {
  const result = spawnSync('java', ['-Xss4m', '-jar', JAR, '--format', 'json', '--exit-zero-always', '-'], { input: html, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  expect(result.error, 'Java must be installed for the Nu HTML Checker').toBeUndefined();
  const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as { messages: { type: string; subType?: string; message: string; extract?: string }[] };
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal').map((m) => `${m.message} :: ${(m.extract ?? '').trim().slice(0, 120)}`);
  expect(errors, `Nu HTML Checker errors on ${label}`).toEqual([]);
}
