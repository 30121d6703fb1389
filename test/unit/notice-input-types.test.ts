// The published NoticeInput carries a doc comment on every field (editor hover docs): the
// generated file is what the schema table and its descriptions give today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticeInputSource } from '../../src/widget/notice/input-types.js';

const generated = readFileSync(new URL('../../src/widget/notice/input.generated.ts', import.meta.url), 'utf8');

describe('input.generated.ts', () => {
  it('is current (else run `npx tsc -p tsconfig.audit.json && node scripts/notice-types.mjs`)', () => {
    expect(generated).toBe(noticeInputSource());
  });

  it('documents the fields a site owner writes, with their defaults', () => {
    expect(generated).toContain('/** Change it and every visitor is asked again. */\n  revision: string;');
    expect(generated).toMatch(/\/\*\* The legal name\. \*\/\n {4}name: string;/);
    expect(generated).toMatch(/Days a decision is kept[^\n]*\n[^\n]*@defaultValue `180`/);
    expect(generated).toMatch(/Where receipts are POSTed[^\n]*\*\/\n {4}endpoint: string;/);
  });
});
