import { defineConfig } from 'rollup';
import { nodeResolve as resolve } from '@rollup/plugin-node-resolve';
import typescriptModule from '@rollup/plugin-typescript';
import terserModule from '@rollup/plugin-terser';
import { studioFiles } from './src/studio/build.mjs';
import { dts } from 'rollup-plugin-dts';
import { resolve as resolvePath } from 'node:path';

// These two plugins' types describe a CommonJS module (the plugin as `.default`) to Node's
// module rules, but Node loads their ES build, whose default export is the plugin itself.
const typescript = /** @type {typeof typescriptModule.default} */ (/** @type {unknown} */ (typescriptModule));
const terser = /** @type {typeof terserModule.default} */ (/** @type {unknown} */ (terserModule));

/** TypeScript by a project's rules: the widget's (tsconfig.widget.json) unless the studio's is named. */
const ts = (tsconfig = './tsconfig.widget.json') =>
  typescript({ tsconfig, compilerOptions: { noEmit: false, declaration: false } });
const min = () =>
  terser({
    ecma: 2020,
    compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
    // ascii_only: a page without <meta charset> (or a server that sends scripts without a
    // charset) decodes samtykke's files as windows-1252, and "før" would show as "fÃ¸r". Escaped,
    // the text is the same in any encoding.
    format: { comments: false, ascii_only: true },
  });
/**
 * Collapses the whitespace of html`…` and css`…` templates in src/widget/ui and the fast path's
 * controls: each run of whitespace
 * that spans a line break becomes one space (the same thing HTML and CSS do with it; the UI has
 * no <pre> and no multi-line attribute values). CSS also loses spaces around { } ; , and after :.
 */
const collapse = () => ({
  name: 'collapse-templates',
  transform(code, id) {
    if (!/[\\/]src[\\/]widget[\\/](ui[\\/]|fast[\\/]controls)/.test(id)) return null;
    const edits = [];
    const walk = (n) => {
      if (!n || typeof n !== 'object') return;
      if (Array.isArray(n)) return n.forEach(walk);
      if (n.type === 'TaggedTemplateExpression' && /^(html|css)$/.test(n.tag.name)) {
        for (const q of n.quasi.quasis) {
          let t = code.slice(q.start, q.end).replace(/\s*\n\s*/g, ' ');
          if (n.tag.name === 'css') t = t.replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':');
          edits.push([q.start, q.end, t]);
        }
      }
      for (const k in n) if (k !== 'type') walk(n[k]);
    };
    walk(this.parse(code));
    if (!edits.length) return null;
    for (const [s, e, t] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, s) + t + code.slice(e);
    return { code, map: null };
  },
});
const plugins = (tsconfig) => [resolve({ browser: true }), ts(tsconfig), collapse(), min()];

/**
 * What each part imports statically (file names, transitively), recorded as the parts are built
 * and written into the fast path (src/widget/fast/part-imports.ts): samtykke.js then asks for a
 * part and its chunks at once (modulepreload), never one round trip after another. So the
 * parts are built before samtykke.js (the configurations below run in order).
 */
const partImports = {};
const recordPartImports = () => ({
  name: 'record-part-imports',
  generateBundle(_options, bundle) {
    const closure = (file, seen = new Set()) => {
      for (const dependency of bundle[file]?.imports ?? []) if (!seen.has(dependency)) closure(dependency, seen.add(dependency));
      return seen;
    };
    // Written short, as the parts are named: "ui" for samtykke-ui.mjs.
    const short = (file) => file.replace(/^samtykke-|\.mjs$/g, '');
    // The parts, and the chunks they import dynamically that import others themselves (the
    // second layer, "preferences"), which the fast path prefetches when the page is idle.
    for (const [file, chunk] of Object.entries(bundle))
      if (chunk.type === 'chunk' && (chunk.isEntry || chunk.isDynamicEntry) && chunk.imports.length)
        partImports[short(file)] = [...closure(file)].map(short).sort();
  },
});
const injectPartImports = () => ({
  name: 'inject-part-imports',
  transform(code, id) {
    if (!/[\\/]src[\\/]widget[\\/]fast[\\/]part-imports\.ts$/.test(id)) return null;
    if (!Object.keys(partImports).length) this.error('the parts must be built before samtykke.js (rollup.config.mjs order)');
    const filled = code.replace(/= \{\};/, `= ${JSON.stringify(partImports)};`);
    if (filled === code) this.error('part-imports.ts: no "= {};" to fill in');
    return { code: filled, map: null };
  },
});

/**
 * The parts' shared chunks, named for what they are. Everything the first layer's part
 * (ui/first-part.ts) imports statically is one file, `samtykke-first.mjs` (rollup names a manual
 * chunk that holds an entry after the entry), however the interface and the declaration share
 * it: a first visit fetches the first layer in one request that compresses as one, not in four
 * chunks named after whichever module rollup met first. The one exception is the notice's text
 * picker (notice/text.ts), which the receipts use too: a small file of its own, so a returning
 * visitor's receipts do not fetch the first layer.
 */
const partChunks = () => {
  const firstPart = resolvePath('src/widget/ui/first-part.ts');
  const textPicker = resolvePath('src/widget/notice/text.ts');
  let firstLayer;
  return (id, { getModuleInfo }) => {
    if (id === textPicker) return 'text';
    if (!firstLayer) {
      firstLayer = new Set();
      const visit = (moduleId) => {
        if (firstLayer.has(moduleId) || moduleId === textPicker) return;
        firstLayer.add(moduleId);
        getModuleInfo(moduleId)?.importedIds.forEach(visit); // static imports: the words stay apart
      };
      visit(firstPart);
    }
    if (firstLayer.has(id)) return 'first-layer';
  };
};

/**
 * Writes each union of string literals in the declarations in sorted order. Rollup loads modules
 * in parallel, so the compiler meets a literal such as "controller" first in one file or another
 * from run to run and prints `"processor" | "controller"` one time, `"controller" | "processor"`
 * the next: the same type, but dist/ must be byte for byte what the sources build to.
 */
const sortedUnions = () => ({
  name: 'sorted-unions',
  renderChunk: (code) => code.replace(/"[^"\n]*"(?: \| "[^"\n]*")+/g, (union) => union.split(' | ').sort().join(' | ')),
});

/** The bundler entries: `samtykke`, `samtykke/core`, `samtykke/react`, `samtykke/i18n/<lang>`. */
const bundlerEntries = {
  samtykke: 'src/widget/module.ts',
  core: 'src/widget/core.ts',
  react: 'src/widget/react.ts',
  ...Object.fromEntries(
    ['nb', 'nn', 'en', 'sv', 'da', 'de'].map((lang) => [`i18n/${lang}`, `src/widget/i18n/entries/${lang}.ts`]),
  ),
};

// defineConfig only returns its argument: it types the options for the editor and `tsc`.
export default defineConfig([
  {
    input: {
      'samtykke-notice': 'src/widget/decide/notice-part.ts',
      'samtykke-decide': 'src/widget/decide/part.ts',
      'samtykke-ui': 'src/widget/ui/part.ts',
      'samtykke-first': 'src/widget/ui/first-part.ts',
      'samtykke-receipts': 'src/widget/proof/part.ts',
      'samtykke-declaration': 'src/widget/ui/declaration-part.ts',
      'samtykke-placeholder': 'src/widget/fast/controls-placeholder.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].mjs',
      chunkFileNames: 'samtykke-[name].mjs',
      manualChunks: partChunks(),
    },
    // A part may export more than its own API (what the second layer imports from the
    // interface), so no facade file stands between a part and its code.
    preserveEntrySignatures: 'allow-extension',
    plugins: [...plugins(), recordPartImports()],
  },
  // The drop-in: the fast path (samtykke.js, and the same file as samtykke-guard.js for pages
  // that load the guard first), after the parts it fetches from beside itself (part-imports.ts).
  {
    input: 'src/widget/index.ts',
    output: [
      { file: 'dist/samtykke.js', format: 'iife' },
      { file: 'dist/samtykke-guard.js', format: 'iife' },
    ],
    plugins: [injectPartImports(), ...plugins()],
  },
  // For bundlers: the package's entries (package.json `exports`), whose parts are dynamic
  // imports the app's bundler splits out, and whose shared code sits in chunks under module/.
  {
    input: bundlerEntries,
    external: ['react'],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'module/[name].mjs' },
    plugins: plugins(),
  },
  // samtykke studio (src/studio): a static page in dist/studio/ that uses the files above.
  {
    input: 'src/studio/app.ts',
    output: { file: 'dist/studio/studio.js', format: 'iife' },
    plugins: [studioFiles(), ...plugins('./tsconfig.studio.json')],
  },
  {
    input: 'src/studio/frame.ts',
    output: { file: 'dist/studio/preview-frame.js', format: 'iife' },
    plugins: plugins('./tsconfig.studio.json'),
  },
  // Their declarations, bundled: only what each entry exports (and the globals it declares).
  {
    input: bundlerEntries,
    external: ['react'],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'types/[name].d.ts' },
    plugins: [dts({ tsconfig: './tsconfig.widget.json' }), sortedUnions()],
  },
]);
