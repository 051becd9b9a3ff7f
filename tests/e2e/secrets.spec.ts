import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_ENV } from './env';

// Everything a browser can download from a build: client chunks, and prerendered HTML/RSC payloads.
const BUILD = path.join(process.cwd(), '.next');
const PUBLIC_ROOTS = [path.join(BUILD, 'static'), path.join(BUILD, 'server', 'app')];
const PUBLIC_FILE = /\.(js|css|html|rsc|json|txt|map|body|meta|segment)$/;
const SECRET_NAME = /SECRET|TOKEN|SALT|KEY|PASSWORD|DATABASE_URL|SMTP_URL|REDIS_URL/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : PUBLIC_FILE.test(name) ? [full] : [];
  });
}

test('no secret from the test environment appears in any file sent to browsers', () => {
  // tests/support/e2e-build.mjs builds with these values set, so a leak would show up here.
  const secrets = Object.entries(E2E_ENV).filter(([name]) => SECRET_NAME.test(name));
  expect(secrets.length).toBeGreaterThan(0);
  const scanned = PUBLIC_ROOTS.flatMap(files).filter((f) => !f.includes(`${path.sep}server${path.sep}app${path.sep}`) || !f.endsWith('.js'));
  expect(scanned.some((f) => f.includes(`${path.sep}static${path.sep}`))).toBe(true);
  const leaks = scanned.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return secrets.filter(([, value]) => text.includes(value)).map(([name]) => `${name} in ${path.relative(BUILD, file)}`);
  });
  expect(leaks).toEqual([]);
});
