// The test app's build. SAMTYKKE_FROM_REPO=1 resolves `samtykke` to this repository's dist/
// (the React test); without it, to the installed package (the packed-tarball test).
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const fromRepo = process.env.SAMTYKKE_FROM_REPO === '1';

export default {
  logLevel: 'warn',
  build: { outDir: process.env.SAMTYKKE_OUT_DIR || 'dist', emptyOutDir: true },
  resolve: fromRepo
    ? {
        alias: [
          { find: /^samtykke\/react$/, replacement: dist + 'react.mjs' },
          { find: /^samtykke\/core$/, replacement: dist + 'core.mjs' },
          { find: /^samtykke\/i18n\/(\w+)$/, replacement: dist + 'i18n/$1.mjs' },
          { find: /^samtykke$/, replacement: dist + 'samtykke.mjs' },
        ],
      }
    : {},
};
