#!/usr/bin/env node
// Writes dist/samtykke.schema.json, the notice's JSON Schema for editors, from the schema table
// (src/widget/notice/json-schema.ts, compiled by tsc -p tsconfig.audit.json). `--check` writes
// nothing and exits 1 when the file is missing or differs. Run by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { noticeJsonSchema } from '../dist/audit-build/widget/notice/json-schema.js';

const FILE = new URL('../dist/samtykke.schema.json', import.meta.url);
const text = JSON.stringify(noticeJsonSchema(), null, 2) + '\n';
let current = null;
try {
  current = readFileSync(FILE, 'utf8');
} catch {}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('schema: dist/samtykke.schema.json is not current: run `npm run build`');
    process.exit(1);
  }
} else if (current !== text) writeFileSync(FILE, text);
