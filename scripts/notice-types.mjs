#!/usr/bin/env node
// Writes src/widget/notice/input.generated.ts, the `NoticeInput` type with a doc comment on every
// field, from the schema table (src/widget/notice/input-types.ts, compiled by tsc -p
// tsconfig.audit.json). `--check` writes nothing and exits 1 when the file is not current.
// test/unit/notice-input-types.test.ts checks the same without a build.
import { readFileSync, writeFileSync } from 'node:fs';
import { noticeInputSource } from '../dist/audit-build/widget/notice/input-types.js';

const FILE = new URL('../src/widget/notice/input.generated.ts', import.meta.url);
const text = noticeInputSource();
let current = null;
try {
  current = readFileSync(FILE, 'utf8');
} catch {}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('notice-types: src/widget/notice/input.generated.ts is not current: run `node scripts/notice-types.mjs`');
    process.exit(1);
  }
} else if (current !== text) {
  writeFileSync(FILE, text);
  console.log('notice-types: wrote src/widget/notice/input.generated.ts');
}
