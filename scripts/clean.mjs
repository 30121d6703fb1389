#!/usr/bin/env node
// Removes what the build writes into dist/ before it builds again: rollup's files (the drop-in
// files, the parts, the bundler entry and its chunks, their declarations) and tsc's output for
// the Node programs (receiver/, receipt/, audit-build/), so a part or a module that is no longer
// built (renamed, moved to another folder) does not linger beside the others and ship.
import { readdirSync, rmSync } from 'node:fs';

for (const name of readdirSync('dist')) {
  if (
    /^(samtykke|core|react).*\.(m?js|d\.ts)$/.test(name) ||
    ['module', 'i18n', 'types', 'receiver', 'receipt', 'audit-build'].includes(name)
  )
    rmSync(`dist/${name}`, { recursive: true, force: true });
}
