#!/usr/bin/env node
// Writes the widget strings that are not in the bundle (sv, da, de) as dist/samtykke.<lang>.json,
// from the same typed tables in src/widget/i18n/ (so a missing string still fails the typecheck). The
// widget fetches one of them only for a visitor who needs it (src/widget/i18n/index.ts, loadStrings).
// `node scripts/languages.mjs [outdir]`.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const LOADED = ['sv', 'da', 'de'];

const out = resolve(process.argv[2] ?? 'dist');
const tmp = mkdtempSync(join(tmpdir(), 'samtykke-lang-'));
try {
  mkdirSync(out, { recursive: true });
  for (const lang of LOADED) {
    const file = join(tmp, `${lang}.mjs`);
    buildSync({
      entryPoints: [`src/widget/i18n/${lang}.ts`],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: file,
      logLevel: 'error',
    });
    const table = (await import(pathToFileURL(file).href))[lang];
    if (!table || typeof table !== 'object') throw new Error(`src/widget/i18n/${lang}.ts exports no "${lang}" table`);
    const json = JSON.stringify(table);
    writeFileSync(join(out, `samtykke.${lang}.json`), json + '\n');
    console.log(`languages: samtykke.${lang}.json ${Buffer.byteLength(json)} B`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
