// The per-visit size budgets (scripts/size.mjs): a visit counts its entry files and every module
// they import statically; the script passes visits within budget and fails (exit 1, naming the
// visit and the excess) when one is over, or a file is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { budgets, filesOf, VISITS } from '../../scripts/size.mjs';

function run(dir) {
  return spawnSync(process.execPath, ['scripts/size.mjs', dir], { encoding: 'utf8' });
}

/** A dist/ of tiny files, every file any visit names, plus one shared chunk the interface parts import. */
function tinyDist() {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-size-'));
  for (const f of new Set(Object.values(VISITS).flat())) writeFileSync(join(dir, f), 'x'.repeat(1000));
  writeFileSync(join(dir, 'samtykke-ui.mjs'), 'import{a}from"./samtykke-shared.mjs";export{a as showInterface};');
  writeFileSync(join(dir, 'samtykke-first.mjs'), 'import{a}from"./samtykke-shared.mjs";export{a as showFirstLayer};');
  writeFileSync(join(dir, 'samtykke-shared.mjs'), 'export const a=1;');
  return dir;
}

test('a visit counts the modules its files import, once each', () => {
  const dir = tinyDist();
  assert.deepEqual(filesOf(dir, ['samtykke.js', 'samtykke-ui.mjs', 'samtykke-ui.mjs']), [
    'samtykke.js',
    'samtykke-ui.mjs',
    'samtykke-shared.mjs',
  ]);
  rmSync(dir, { recursive: true });
});

test('within budget: exit 0 and every visit printed with its files', () => {
  const dir = tinyDist();
  const r = run(dir);
  rmSync(dir, { recursive: true });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  for (const visit of Object.keys(budgets))
    assert.match(r.stdout, new RegExp(`size: ${visit}: \\d+ B gzip -9 \\(budget ${budgets[visit]} B, aim \\d+ B`));
  assert.match(r.stdout, /firstVisit: .*samtykke-shared\.mjs/);
});

test('a shared chunk over the first-visit budget fails it: exit 1, the visit and the excess named', () => {
  const dir = tinyDist();
  // Random bytes do not compress: budget + 500 bytes of them is over by about 500.
  writeFileSync(join(dir, 'samtykke-shared.mjs'), randomBytes(budgets.firstVisit + 500));
  const r = run(dir);
  rmSync(dir, { recursive: true });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /firstVisit: .* OVER BUDGET by \d+ B/);
  assert.doesNotMatch(r.stdout, /returning: .* OVER BUDGET/);
});

test('a missing file fails the budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-size-'));
  const r = run(dir);
  rmSync(dir, { recursive: true });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /MISSING/);
});

test('a fetched file with a byte outside ASCII fails, named, however small', () => {
  const dir = tinyDist();
  writeFileSync(join(dir, 'samtykke-ui.mjs'), 'export const label="før";');
  const r = run(dir);
  rmSync(dir, { recursive: true });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /samtykke-ui\.mjs: NOT ASCII/);
  assert.doesNotMatch(r.stdout, /OVER BUDGET/);
});
