// The package's entries as a bundler sees them (package.json `exports` and `sideEffects`, read
// by rollup's node-resolve as by Vite): a small app per entry is built with rollup against the
// built dist/, and what ends up in its output is checked. `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve as resolve } from '@rollup/plugin-node-resolve';

const repo = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'samtykke-entries-'));
mkdirSync(join(work, 'node_modules'));
symlinkSync(repo, join(work, 'node_modules', 'samtykke'), 'dir');
test.after(() => rmSync(work, { recursive: true, force: true }));

const NOTICE = `{ revision: '1', language: 'nb', controller: { name: 'Eksempel AS' }, categories: { analytics: {} } }`;

/** Builds `source` as an app's main module; returns all its output code (entry and chunks) as one string. */
async function build(name, source) {
  const file = join(work, `${name}.js`);
  writeFileSync(file, source);
  const bundle = await rollup({
    input: file,
    external: ['react', 'react/jsx-runtime'],
    plugins: [resolve({ browser: true, rootDir: work })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', dir: join(work, 'out') });
  await bundle.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

/** Lit registers its version on a global at start-up: its mark in any build that holds it. */
const LIT = 'litHtmlVersions';
/** "Godkänn alla" as dist/ writes it: every file of dist/ is ASCII, so "ä" is escaped. */
const SWEDISH = 'Godk\\xe4nn alla';

test('the full entry holds the interface (Lit) in its split-out part: the marks below can be seen', async () => {
  const code = await build('full', `import { init } from 'samtykke'; init(${NOTICE});`);
  assert.ok(code.includes(LIT), 'Lit is in the full build');
  assert.ok(code.includes('Godta alle'), 'the nb strings are in the full build');
  assert.ok(!code.includes(SWEDISH), 'a language:"nb" build holds no sv strings');
});

test('samtykke/core is headless: no Lit, no interface strings, but gates, events and the API', async () => {
  const code = await build('core', `import { init } from 'samtykke/core'; init(${NOTICE}).on('change', console.log);`);
  assert.ok(!code.includes(LIT), 'no Lit in a headless build');
  assert.ok(!code.includes('Godta alle') && !code.includes('Accept all'), 'no interface strings');
  assert.ok(!code.includes('samtykke-placeholder'), 'no placeholder');
  assert.ok(code.includes('samtykke:') && code.includes('MutationObserver'), 'the events and the gates are there');
});

test('languages ship only when imported: samtykke/i18n/sv brings the sv strings', async () => {
  const code = await build('sv', `import 'samtykke/i18n/sv'; import { init } from 'samtykke'; init(${NOTICE});`);
  assert.ok(code.includes(SWEDISH));
  assert.ok(!code.includes('Alle akzeptieren'), 'no de strings');
});

test('unused imports shake away: a bare import adds nothing; validate alone brings no widget', async () => {
  const bare = await build('bare', `import 'samtykke'; import 'samtykke/core'; import 'samtykke/react'; console.log('app');`);
  assert.equal(bare.replace(/\s/g, ''), "console.log('app');".replace(/\s/g, ''));
  const validateOnly = await build('validate', `import { validate } from 'samtykke'; console.log(validate({}));`);
  assert.ok(validateOnly.includes('is required'), 'the validator is there');
  assert.ok(!validateOnly.includes('MutationObserver') && !validateOnly.includes(LIT), 'no gates, no interface');
});

test('samtykke/react adds the hooks and nothing of the widget; React stays the app’s own', async () => {
  const code = await build(
    'react',
    `import { useGranted } from 'samtykke/react'; export const App = () => useGranted('analytics');`,
  );
  assert.match(code, /from ['"]react['"]/);
  assert.ok(code.includes('samtykke:change'));
  assert.ok(!code.includes('MutationObserver') && !code.includes(LIT) && !code.includes('is required'));
});
