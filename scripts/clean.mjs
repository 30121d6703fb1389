#!/usr/bin/env node
// Removes what rollup writes into dist/ (the drop-in files, the parts, the bundler entry and its
// chunks) before a build, so a part that is no longer built does not linger beside the others.
import { readdirSync, rmSync } from 'node:fs';

for (const name of readdirSync('dist')) {
  if (/^samtykke.*\.(m?js)$/.test(name) || name === 'module') rmSync(`dist/${name}`, { recursive: true, force: true });
}
