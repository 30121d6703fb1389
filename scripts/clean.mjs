#!/usr/bin/env node
// Removes what rollup writes into dist/ (the drop-in files, the parts, the bundler entry and its
// chunks, their declarations) before a build, so a part that is no longer built does not linger beside the others.
import { readdirSync, rmSync } from 'node:fs';

for (const name of readdirSync('dist')) {
  if (/^(samtykke|core|react).*\.(m?js|d\.ts)$/.test(name) || ['module', 'i18n', 'types'].includes(name))
    rmSync(`dist/${name}`, { recursive: true, force: true });
}
