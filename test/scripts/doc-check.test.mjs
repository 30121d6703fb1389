// scripts/doc-check.mjs, the lint step that asks for a doc comment on every export of a public
// entry: run on a small project written here, it names each undocumented export, following
// re-exports into the file that declares them, and each undocumented public member; what is
// documented, private or not exported passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { undocumentedExports } from '../../scripts/doc-check.mjs';

const dir = mkdtempSync(join(tmpdir(), 'samtykke-doc-check-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const files = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, types: [] },
    include: ['*.ts'],
  }),
  'index.ts': [
    `export { documented, undocumented } from './functions.js';`,
    `export type * from './types.js';`,
    `/** Documented here. */`,
    `export const local = 1;`,
    `export const bare = 2;`,
  ].join('\n'),
  'functions.ts': [
    `/** Adds one. */`,
    `export function documented(n: number): number { return n + 1; }`,
    `// A line comment is not a doc comment: hover shows nothing.`,
    `export function undocumented(n: number): number { return n - 1; }`,
    `export function notReExported(): void {}`,
  ].join('\n'),
  'types.ts': [
    `/** Options. */`,
    `export interface Options {`,
    `  /** Said. */`,
    `  said: string;`,
    `  unsaid?: number;`,
    `}`,
    `export type Shape = { width: number };`,
    `/** A thing. */`,
    `export class Thing {`,
    `  private hidden = 1;`,
    `  /** Shown. */`,
    `  shown(): number { return this.hidden; }`,
    `  forgotten(): void {}`,
    `}`,
  ].join('\n'),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

test('names each undocumented export of the entry and each undocumented public member, where it is declared', () => {
  const problems = undocumentedExports('tsconfig.json', ['index.ts'], dir);
  const found = problems.map(({ file, name }) => `${file} ${name}`).sort();
  assert.deepEqual(found, [
    'functions.ts undocumented',
    'index.ts bare',
    'types.ts Options.unsaid',
    'types.ts Shape',
    'types.ts Shape.width',
    'types.ts Thing.forgotten',
  ]);
  for (const problem of problems) {
    assert.equal(problem.entry, 'index.ts');
    assert.ok(problem.line >= 1);
  }
});

test('a fully documented entry passes', () => {
  writeFileSync(join(dir, 'clean.ts'), `export { documented } from './functions.js';\n/** One. */\nexport const one = 1;\n`);
  assert.deepEqual(undocumentedExports('tsconfig.json', ['clean.ts'], dir), []);
});

test('an entry that does not exist is an error, not a pass', () => {
  assert.throws(() => undocumentedExports('tsconfig.json', ['missing.ts'], dir), /missing\.ts: not found/);
});
