// The size budget script: it passes files within budget and fails (exit 1, naming the file and
// the excess) when one is over, or missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { budgets } from '../../scripts/size.mjs';

function run(dir) {
  return spawnSync(process.execPath, ['scripts/size.mjs', dir], { encoding: 'utf8' });
}

test('within budget: exit 0 and every figure printed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-size-'));
  for (const f of Object.keys(budgets)) writeFileSync(join(dir, f), 'x'.repeat(100000)); // compresses to almost nothing
  const r = run(dir);
  rmSync(dir, { recursive: true });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  for (const f of Object.keys(budgets)) assert.match(r.stdout, new RegExp(`size: ${f.replace('.', '\\.')} \\d+ B raw, \\d+ B gzip`));
});

test('one file over its budget: exit 1, the file and the excess named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-size-'));
  for (const f of Object.keys(budgets)) writeFileSync(join(dir, f), 'x');
  // Random bytes do not compress: budget + 500 bytes of them is over by about 500.
  writeFileSync(join(dir, 'samtykke.js'), randomBytes(budgets['samtykke.js'] + 500));
  const r = run(dir);
  rmSync(dir, { recursive: true });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /samtykke\.js .* OVER BUDGET by \d+ B/);
});

test('a missing file fails the budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-size-'));
  const r = run(dir);
  rmSync(dir, { recursive: true });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /MISSING/);
});
