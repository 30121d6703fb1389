#!/usr/bin/env node
/**
 * samtykke's version is written once, in package.json. Receipts name it (`widget:
 * "samtykke@<version>"`, SPEC §7), so the browser code needs it at run time: this script writes it
 * into src/widget/proof/version.generated.ts, which every runner (rollup, vitest, web-test-runner)
 * compiles like any other module. `npm run build` runs it first; `--check` writes nothing and exits
 * 1 when the file is out of date (a release bumped package.json without a build).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const VERSION_FILE = 'src/widget/proof/version.generated.ts';

/** The generated module's text for a package version. */
export function versionModule(version) {
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new Error(`package.json "version" must be a semantic version like 1.2.3, not ${JSON.stringify(version)}`);
  }
  return (
    '// Written by scripts/version.mjs from package.json: do not edit.\n' +
    "/** samtykke's version, as package.json gives it; receipts name the widget `samtykke@<VERSION>`. */\n" +
    `export const VERSION = '${version}';\n`
  );
}

/** package.json's version. */
export function packageVersion(root = ROOT) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const wanted = versionModule(packageVersion());
  const path = join(ROOT, VERSION_FILE);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (process.argv.includes('--check')) {
    if (current !== wanted) {
      console.error(`${VERSION_FILE} is not package.json's version: run node scripts/version.mjs`);
      process.exit(1);
    }
  } else if (current !== wanted) {
    writeFileSync(path, wanted);
  }
}
