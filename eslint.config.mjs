// ESLint (flat config): the recommended JavaScript and typescript-eslint rules, plus the
// project's own: no eval or Function constructor anywhere (the widget must run under a strict
// Content-Security-Policy), no innerHTML assignments in browser code (notice text is data, never
// markup). Formatting is Prettier's job (.prettierrc.json), not the linter's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench-results/**', 'pictures/**', 'test-results/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // An empty catch says "this may fail and nothing follows from it" (cleanup, probes).
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Type-aware rules, with the types of the project that owns each file (tsconfig.json lists
    // them): a promise nobody awaits, catches or marks `void` loses its rejection, and an async
    // function where a void callback is expected (an event listener, forEach) drops its promise.
    // The .mjs files are checked by tsconfig.mjs.json, but not strictly (their values are mostly
    // implicit any), so these rules see only .ts. The browser tests are left out: their chai
    // `expect(…)` is typed as a thenable (@open-wc/testing), so every assertion would read as a
    // floating promise.
    files: ['src/**/*.ts', 'test/unit/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/**'],
    rules: {
      // Small enough to read in one go (issue 25): a function fits on a screen, a file is read
      // in one sitting. Functions count code only (a why-comment is never a reason to split);
      // files count every line, as `wc -l` and an editor show them. Generated files are ignored.
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes or use Lit templates: text must never become markup.' },
        { property: 'outerHTML', message: 'Build DOM nodes or use Lit templates: text must never become markup.' },
      ],
    },
  },
  {
    // No import cycles in the sources (issue 25): a module that two others share goes into a
    // leaf they both import. TypeScript's `./x.js` specifiers resolve to `./x.ts`. Imports of
    // types only are not followed here (import-x cannot see them): scripts/cycles.mjs, run by
    // `npm run lint` after ESLint, checks the graph with them.
    files: ['src/**/*.{ts,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.mjs', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Type tests: their declarations exist to be compiled, not used.
    files: ['**/*.check.ts', 'test/**/*-type.ts', 'test/package/app/src/consumer.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off', '@typescript-eslint/no-empty-object-type': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design; fixtures
    // and mocks in tests may be loosely typed.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The bench's peer widgets' configurations run beside the peers' own globals.
    files: ['bench/**'],
    languageOptions: { globals: { CookieConsent: 'readonly', klaro: 'readonly' } },
  },
);
