#!/usr/bin/env node
// Bundles the npm packages the Node programs use (ajv and ajv-formats for the receipt schema,
// prom-client for the receiver's metrics, tldts for the audit's and scan's site names) into the
// compiled files that import them (dist/receiver, dist/audit-build), so that the published
// package has no `dependencies`: a front-end install pulls nothing, while `npx samtykke-receiver`
// and `npx samtykke validate` still run from the tarball alone. Run by `npm run build`, after tsc.
//
// Only the files that import one of these packages are rewritten, each in place: every relative
// import stays as tsc wrote it (so module identity, file layout and `import.meta.url` do not
// change), and the optional peers (`pg`, `playwright-core`) and Node's own modules stay imports.
// Each file gets its own copy of what it bundles; today no package is bundled into two files of
// the same program.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const DIRS = ['dist/receiver', 'dist/audit-build'];
/** The packages bundled in; anything else that is not relative stays an import. */
const BUNDLED = ['ajv', 'ajv-formats', 'prom-client', 'tldts'];
const bundledImport = new RegExp(`from '(${BUNDLED.join('|')})(/[^']*)?'`);

/** Every compiled .js file under `dir`. */
function* scripts(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* scripts(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/** esbuild: relative imports of the entry and packages outside BUNDLED stay imports. */
const keepOwnImports = {
  name: 'keep-own-imports',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, ({ path, importer, kind }) => {
      if (kind === 'entry-point') return undefined;
      const fromPackage = importer.includes('/node_modules/');
      if (!fromPackage && path.startsWith('.')) return { path, external: true };
      if (fromPackage || BUNDLED.some((name) => path === name || path.startsWith(name + '/'))) return undefined;
      return { path, external: true };
    });
  },
};

const entries = DIRS.flatMap((dir) => [...scripts(join(root, dir))]).filter((file) =>
  bundledImport.test(readFileSync(file, 'utf8')),
);
for (const file of entries) {
  await build({
    entryPoints: [file],
    outfile: file,
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [keepOwnImports],
    legalComments: 'inline',
    logLevel: 'warning',
    // The CommonJS packages (ajv, prom-client) call require() for Node's modules; an ES module
    // has none, so give the bundle one.
    banner: {
      js: "import { createRequire as samtykkeCreateRequire } from 'node:module';\nconst require = samtykkeCreateRequire(import.meta.url);",
    },
  });
}
if (process.stdout.isTTY) console.log(`bundle-node: ${entries.map((f) => relative(root, f)).join(', ')}`);
