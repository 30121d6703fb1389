// scripts/cycles.mjs, the lint step that refuses import cycles in src/, imports of types
// included (ESLint's import-x/no-cycle does not follow those): run on small trees written here,
// it names the files of each cycle, whichever kind of import closes it, and passes a tree whose
// modules share a leaf instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCycles } from '../../scripts/cycles.mjs';

const script = fileURLToPath(new URL('../../scripts/cycles.mjs', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'samtykke-cycles-'));
process.on('exit', () => rmSync(base, { recursive: true, force: true }));

/** Writes `files` (path → text) into a fresh folder and returns its path. */
function tree(name, files) {
  const folder = join(base, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

/** Runs the script as `npm run lint` does: its exit status and what it printed. */
function run(folder) {
  try {
    return { status: 0, output: execFileSync(process.execPath, [script, folder], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    return { status: error.status, output: `${error.stdout}${error.stderr}` };
  }
}

test('a cycle closed by a type-only import is reported with its files, and the check fails', () => {
  const folder = tree('type-cycle', {
    'store.ts': `import type { Options } from './options.js';\nexport const open = (o: Options) => o.name;\n`,
    'options.ts': `import { open } from './store.js';\nexport interface Options { name: string }\nexport const check = open;\n`,
    'leaf.ts': `export const unrelated = 1;\n`,
  });
  assert.deepEqual(
    findCycles(folder).map((cycle) => cycle.files),
    [['options.ts', 'store.ts']],
  );
  const { status, output } = run(folder);
  assert.equal(status, 1);
  assert.match(output, /options\.ts, store\.ts/);
  assert.match(output, /(options|store)\.ts → (options|store)\.ts → (options|store)\.ts/);
});

test('re-exports, `export * as`, dynamic imports and import types close cycles too, across folders', () => {
  const folder = tree('other-kinds', {
    'a.ts': `export * as b from './b.js';\n`,
    'b.ts': `export type { C } from './sub/c.js';\n`,
    'sub/c.ts': `export type C = typeof import('../a.js');\n`,
    'lazy.ts': `export const load = () => import('./part.js');\n`,
    'part.ts': `import { load } from './lazy.js';\nexport const again = load;\n`,
    'self.ts': `import type { Self } from './self.js';\nexport type Self = { next: Self | null };\n`,
  });
  assert.deepEqual(
    findCycles(folder).map((cycle) => cycle.files),
    [['a.ts', 'b.ts', 'sub/c.ts'], ['lazy.ts', 'part.ts'], ['self.ts']],
  );
  const [first] = findCycles(folder);
  assert.deepEqual(first.path, ['a.ts', 'b.ts', 'sub/c.ts', 'a.ts']);
});

test('a tree whose modules share a leaf passes, and packages and missing files are not followed', () => {
  const folder = tree('clean', {
    'types.ts': `export interface Options { name: string }\n`,
    'store.ts': `import type { Options } from './types.js';\nimport { readFile } from 'node:fs';\nexport const open = (o: Options) => [o.name, readFile];\n`,
    'options.ts': `import type { Options } from './types.js';\nimport { open } from './store.js';\nexport const check = (o: Options) => open(o);\n`,
    'script.mjs': `/** @type {import('./types.js').Options} */\nexport const options = { name: 'x' };\nimport './gone.js';\n`,
  });
  assert.deepEqual(findCycles(folder), []);
  assert.deepEqual(run(folder), { status: 0, output: '' });
});
