#!/usr/bin/env node
// Builds the site with the end-to-end secrets in its environment, so tests/e2e/secrets.spec.ts can
// prove none of them reaches the files the browser downloads, then lays the build out in
// .next/image/ as the Dockerfile does: every e2e spec runs the image's CMD from there.
// tests/e2e/env.ts stays the one place those values are written; it is a flat object of string
// literals, read here without a TS loader.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from '../../scripts/build.mjs';
import { layoutLocalImage } from '../../scripts/image-layout.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const source = readFileSync(path.join(root, 'tests/e2e/env.ts'), 'utf8');
const env = Object.fromEntries([...source.matchAll(/^\s*([A-Z][A-Z0-9_]*):\s*'([^']*)',?\s*$/gm)].map((m) => [m[1], m[2]]));
if (Object.keys(env).length === 0) throw new Error('No variables found in tests/e2e/env.ts');

build({ ...process.env, ...env });
layoutLocalImage();
